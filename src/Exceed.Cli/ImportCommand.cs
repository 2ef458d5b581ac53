using System.CommandLine;
using Exceed.Core.Common;
using Exceed.Core.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Cli;

/// <summary>`exceed import FILE`: exit 0 when imported, 1 when rows were refused and nothing was written, 2 when the file cannot be read.</summary>
internal static class ImportCommand
{
    private const int Imported = 0, Refused = 1, Unreadable = 2;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The customer spreadsheet: .csv, .txt or .xlsx." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check every row and report problems; write nothing." };
        var goodRowsOnly = new Option<bool>("--good-rows-only") { Description = "Import the good rows even when some rows are refused." };
        var command = new Command("import", "Import customers from the spreadsheet the shop already keeps.") { file, dryRun, goodRowsOnly };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"Cannot find {path.FullName}.");
                return Unreadable;
            }
            await using var services = CliHost.Build();
            using var scope = services.CreateScope();
            await CliHost.MigratedDbAsync(scope, ct);
            var import = scope.ServiceProvider.GetRequiredService<ImportService>();

            Outcome<ImportReport> outcome;
            await using (var stream = path.OpenRead())
            {
                outcome = parse.GetValue(dryRun)
                    ? await import.DryRunAsync(stream, path.Name, ct: ct)
                    : await import.ApplyAsync(stream, path.Name, null,
                        parse.GetValue(goodRowsOnly) ? ImportMode.GoodRowsOnly : ImportMode.AllOrNothing, $"cli:{Environment.UserName}", ct);
            }
            if (outcome.Value is not { } report)
            {
                Console.Error.WriteLine(outcome.Problem!.Detail);
                return outcome.Problem.Status == 409 ? Refused : Unreadable;
            }
            Print(report, parse.GetValue(dryRun));
            return report.Applied || (parse.GetValue(dryRun) && report.Errors.Count == 0) ? Imported : Refused;
        });
        return command;
    }

    private static void Print(ImportReport report, bool dryRun)
    {
        Console.WriteLine("Columns:");
        foreach (var (column, field) in report.Mapping.Fields.OrderBy(f => f.Key))
        {
            Console.WriteLine($"  {report.Mapping.Header(column)} → {field?.Label() ?? "(ignored)"}");
        }
        foreach (var error in report.Errors)
        {
            Console.WriteLine(error);
        }
        var counts = $"{report.RowCount} rows: {report.GoodRowCount} good, {report.BadRowCount} refused.";
        Console.WriteLine(report.Applied
            ? $"{counts} Imported {report.CreatedCount} customers."
            : dryRun
                ? $"{counts} Dry run: nothing was written."
                : $"{counts} Nothing was imported; fix the rows above, or run again with --good-rows-only to import the good rows.");
    }
}
