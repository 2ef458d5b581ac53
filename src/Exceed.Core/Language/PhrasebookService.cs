using Exceed.Core.Audit;
using Exceed.Core.Common;
using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Language;

/// <summary>Checking replies against the company phrasebook, and a lead's edits to it; every edit applies at once on every node.</summary>
public sealed partial class PhrasebookService(ExceedDb db, PhrasebookCache cache, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<ReplyCheck>> CheckAsync(CheckRequest request, CancellationToken ct = default)
    {
        if (request.Validate() is { } problem)
        {
            return problem;
        }
        var checker = await cache.CheckerAsync(db, ct);
        return checker.Check(request.Text!, request.Language is { Length: > 0 } l ? l : null, request.Context);
    }

    public Task<ReplyChecker> CheckerAsync(CancellationToken ct = default) => cache.CheckerAsync(db, ct);

    public async Task<List<PhraseEntry>> ListAsync(string? language, string? use, string? search, int limit = 500, CancellationToken ct = default)
    {
        await PhrasebookStamps.CurrentAsync(db, ct);
        var query = db.PhraseEntries.AsNoTracking();
        if (language is { Length: > 0 })
        {
            query = query.Where(e => e.Language == language);
        }
        if (Enum.TryParse<PhraseUse>(use, ignoreCase: true, out var parsed))
        {
            query = query.Where(e => e.Use == parsed);
        }
        var list = await query.OrderBy(e => e.Use).ThenBy(e => e.RuleId).ThenBy(e => e.Language).ThenBy(e => e.Phrase).ToListAsync(ct);
        if (search is { Length: > 0 })
        {
            // Searched in memory over folded text, so 帳號 finds 账号 and the search reads the same on both databases.
            var folded = TextFolding.Fold(search.Trim());
            list = list.Where(e => TextFolding.Fold($"{e.Phrase} {e.Suggestion} {e.Reason} {e.RuleId} {e.Kind}").Contains(folded, StringComparison.Ordinal)).ToList();
        }
        return list.Take(Math.Clamp(limit, 1, 10_000)).ToList();
    }

    public async Task<Outcome<PhraseEntry>> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.PhraseEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct) is { } entry ? entry : NotFound(id);

    public async Task<Outcome<PhraseEntry>> AddAsync(PhraseInput input, string actor, CancellationToken ct = default)
    {
        await PhrasebookStamps.CurrentAsync(db, ct);
        var entry = new PhraseEntry();
        if (input.ApplyTo(entry) is { } problem)
        {
            return problem;
        }
        Stamp(entry, actor);
        db.PhraseEntries.Add(entry);
        audit.Record(actor, "phrasebook.add", entry.Phrase, detail: new { entry.Id, entry.Language, entry.Kind });
        await SaveAndBumpAsync(ct);
        return entry;
    }

    public async Task<Outcome<PhraseEntry>> UpdateAsync(Guid id, PhraseInput input, string actor, CancellationToken ct = default)
    {
        var entry = await db.PhraseEntries.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null)
        {
            return NotFound(id);
        }
        if (input.ApplyTo(entry) is { } problem)
        {
            db.ChangeTracker.Clear();
            return problem;
        }
        Stamp(entry, actor);
        audit.Record(actor, "phrasebook.edit", entry.Phrase, detail: new { entry.Id, entry.Enabled });
        await SaveAndBumpAsync(ct);
        return entry;
    }

    public async Task<Outcome<bool>> DeleteAsync(Guid id, string actor, CancellationToken ct = default)
    {
        var entry = await db.PhraseEntries.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null)
        {
            return NotFound(id);
        }
        db.PhraseEntries.Remove(entry);
        audit.Record(actor, "phrasebook.delete", entry.Phrase, detail: new { entry.Id });
        await SaveAndBumpAsync(ct);
        return true;
    }

    internal void Stamp(PhraseEntry entry, string actor)
    {
        entry.UpdatedAt = clock.GetUtcNow();
        entry.UpdatedBy = actor;
    }

    /// <summary>The change and the new version stamp commit together, or neither does.</summary>
    internal async Task SaveAndBumpAsync(CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await PhrasebookStamps.BumpAsync(db, ct);
        await tx.CommitAsync(ct);
    }

    private static Problem NotFound(Guid id) =>
        Problem.NotFound($"No phrasebook entry has id {id}; list the entries with GET /api/v1/language/phrasebook.");
}
