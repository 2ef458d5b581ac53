using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Cli;

internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Create or upgrade the database to the current schema.");
        command.SetAction(async (_, ct) =>
        {
            await using var services = CliHost.Build();
            using var scope = services.CreateScope();
            await CliHost.MigratedDbAsync(scope, ct);
            Console.WriteLine("Database is up to date.");
            return 0;
        });
        return command;
    }
}
