using System.CommandLine;
using Exceed.Core.Customers;
using Exceed.Core.Data.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Cli;

internal static class DemoCommand
{
    public static Command Create()
    {
        var command = new Command("demo", "Load the demo shop and hotel customers (see docs/demo-data.md) when the database has none.");
        command.SetAction(async (_, ct) =>
        {
            await using var services = CliHost.Build();
            using var scope = services.CreateScope();
            var db = await CliHost.MigratedDbAsync(scope, ct);
            var added = await DemoData.SeedIfEmptyAsync(db, scope.ServiceProvider.GetRequiredService<CustomerFactory>(),
                scope.ServiceProvider.GetRequiredService<TimeProvider>(), ct);
            Console.WriteLine(added > 0 ? $"Added {added} demo customers." : "The database already has customers; demo data was not loaded.");
            return 0;
        });
        return command;
    }
}
