using System.CommandLine;
using Exceed.Core.Data;
using Exceed.Core.Data.Generator;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Cli;

internal static class GenCommand
{
    public static Command Create()
    {
        var customers = new Option<int>("--customers") { Description = "How many customers to add.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the pseudo-random names and parts.", DefaultValueFactory = _ => 42 };
        var command = new Command("gen", "Append generated customers (about 3 identities each) for benchmarks; migrates first.") { customers, seed };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliHost.Build();
            var settings = services.GetRequiredService<DatabaseSettings>();
            var report = await CustomerGenerator.GenerateAsync(settings, parse.GetValue(customers), parse.GetValue(seed),
                services.GetRequiredService<TimeProvider>(), new ConsoleProgress(), ct);
            Console.WriteLine($"Added {report.Customers:N0} customers, {report.Identities:N0} identities, {report.Preferences:N0} preferences, " +
                $"{report.Purchases:N0} purchases, {report.WishItems:N0} wish items ({report.Rows:N0} rows) in {report.Elapsed.TotalSeconds:F1} s.");
            return 0;
        });
        return command;
    }

    /// <summary>Prints at once, on the caller's thread, unlike <see cref="Progress{T}"/>.</summary>
    private sealed class ConsoleProgress : IProgress<string>
    {
        public void Report(string value) => Console.WriteLine(value);
    }
}
