using System.CommandLine;

namespace Exceed.Cli;

/// <summary>Every `exceed` subcommand, one file each.</summary>
internal static class Commands
{
    public static IEnumerable<Command> All() =>
    [
        MigrateCommand.Create(),
        ImportCommand.Create(),
        DemoCommand.Create(),
        GenCommand.Create(),
        CheckCommand.Create(),
    ];
}
