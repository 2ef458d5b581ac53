using CsvHelper;
using Exceed.Core.Common;
using Exceed.Core.Import;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Language;

/// <summary>The outcome of a phrasebook import: how many entries were added and changed.</summary>
public sealed record PhrasebookImport(int Added, int Updated);

public sealed partial class PhrasebookService
{
    /// <summary>The CSV columns, in order; an exported file imports back unchanged.</summary>
    public static readonly string[] CsvColumns = ["id", "language", "use", "kind", "rule", "phrase", "suggestion", "reason", "exceptions", "enabled"];

    /// <summary>Every entry as UTF-8 CSV (with a byte-order mark, so Excel shows the Chinese).</summary>
    public async Task ExportCsvAsync(Stream output, CancellationToken ct = default)
    {
        var entries = await ListAsync(null, null, null, 10_000, ct);
        await using var text = new StreamWriter(output, new System.Text.UTF8Encoding(true), leaveOpen: true);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), true))
        {
            csv.WriteRecord(CsvColumns);
            foreach (var e in entries)
            {
                csv.WriteRecord([e.Id.ToString(), e.Language, e.Use.ToString(), e.Kind, e.RuleId, e.Phrase, e.Suggestion, e.Reason, e.Exceptions, e.Enabled ? "true" : "false"]);
            }
        }
        await text.FlushAsync(ct);
    }

    /// <summary>Adds rows without an id (or with an unknown one) and updates the rest; one bad row and nothing is written.</summary>
    public async Task<Outcome<PhrasebookImport>> ImportCsvAsync(Stream input, string actor, CancellationToken ct = default)
    {
        await PhrasebookStamps.CurrentAsync(db, ct);
        using var buffer = new MemoryStream();
        await input.CopyToAsync(buffer, ct);
        var read = CsvSheetReader.Read(buffer.ToArray(), "phrasebook.csv");
        if (read.Problem is { } unreadable)
        {
            return unreadable;
        }
        var table = read.Value!;
        var column = CsvColumns.ToDictionary(c => c, c => table.Headers.ToList().FindIndex(h => h.Equals(c, StringComparison.OrdinalIgnoreCase)));
        if (column.Where(c => c.Key is "language" or "phrase").FirstOrDefault(c => c.Value < 0) is { Key: { } missing })
        {
            return Problem.Invalid("file", $"The file has no '{missing}' column; export the phrasebook to see the columns ({string.Join(", ", CsvColumns)}).");
        }
        string Cell(SheetRow row, string name) => column[name] >= 0 ? row.Cell(column[name]) : "";

        var existing = await db.PhraseEntries.ToDictionaryAsync(e => e.Id, ct);
        var errors = new FieldErrors();
        int added = 0, updated = 0;
        foreach (var row in table.Rows)
        {
            var entry = Guid.TryParse(Cell(row, "id"), out var id) && existing.TryGetValue(id, out var found) ? found : null;
            var input2 = new PhraseInput(Cell(row, "language"), Cell(row, "use"), Cell(row, "kind"), Cell(row, "phrase"), Cell(row, "suggestion"),
                Cell(row, "reason"), Cell(row, "exceptions"), Cell(row, "rule"), !bool.TryParse(Cell(row, "enabled"), out var on) || on);
            var target = entry ?? new PhraseEntry { Id = id == Guid.Empty ? Guid.NewGuid() : id };
            if (input2.ApplyTo(target) is { } problem)
            {
                errors.Add($"line {row.Line}", $"Line {row.Line}: {problem.Detail}");
                continue;
            }
            Stamp(target, actor);
            if (entry is null)
            {
                db.PhraseEntries.Add(target);
                existing[target.Id] = target;
                added++;
            }
            else
            {
                updated++;
            }
        }
        if (errors.Any)
        {
            db.ChangeTracker.Clear();
            return errors.ToProblem();
        }
        audit.Record(actor, "phrasebook.import", $"{added} added, {updated} updated");
        await SaveAndBumpAsync(ct);
        return new PhrasebookImport(added, updated);
    }
}
