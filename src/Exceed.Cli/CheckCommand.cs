using System.CommandLine;
using Exceed.Core.Language;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Cli;

/// <summary>`exceed check`: replies on stdin, one per line; each line's problems on stdout.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var language = new Option<string?>("--language") { Description = "zh-Hans, zh-Hant or en (detected per line when left out)" };
        var context = new Option<string?>("--context") { Description = "The customer's last message, e.g. a complaint (applies to every line)" };
        var shipped = new Option<bool>("--shipped") { Description = "Use the shipped phrasebook instead of the database's" };
        var command = new Command("check", "Check replies read from stdin, one per line; exits 1 when any line has a problem.") { language, context, shipped };
        command.SetAction(async (parse, ct) =>
        {
            var lang = parse.GetValue(language);
            if (lang is { Length: > 0 } && !ReplyLanguages.IsKnown(lang))
            {
                await Console.Error.WriteLineAsync("--language must be zh-Hans, zh-Hant or en.");
                return 2;
            }
            var checker = parse.GetValue(shipped) ? new ReplyChecker(DefaultPhrasebook.Entries()) : await DatabaseCheckerAsync(ct);
            var found = 0;
            var number = 0;
            while (await Console.In.ReadLineAsync(ct) is { } line)
            {
                number++;
                if (line.Trim().Length == 0)
                {
                    continue;
                }
                var check = checker.Check(line, lang, parse.GetValue(context));
                Console.WriteLine(check.Problems.Count == 0 ? $"line {number}: ok" : $"line {number}: {check.Problems.Count} problem(s) [{check.Language}]");
                foreach (var p in check.Problems)
                {
                    Console.WriteLine($"  {p.Kind} at {p.Start}+{p.Length} \"{line.Substring(p.Start, p.Length)}\": {p.Reason} → {p.Suggestion}");
                }
                found += check.Problems.Count;
            }
            return found > 0 ? 1 : 0;
        });
        return command;
    }

    private static async Task<ReplyChecker> DatabaseCheckerAsync(CancellationToken ct)
    {
        await using var services = CliHost.Build();
        using var scope = services.CreateScope();
        var db = await CliHost.MigratedDbAsync(scope, ct);
        return await scope.ServiceProvider.GetRequiredService<PhrasebookCache>().CheckerAsync(db, ct);
    }
}
