using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Language;

/// <summary>
/// The compiled checker of this node. Each use reads the phrasebook's version stamp (one small row); when another node
/// or a lead has changed the phrasebook, the entries are reloaded and compiled again, so edits apply without a restart.
/// </summary>
public sealed class PhrasebookCache : IDisposable
{
    private readonly SemaphoreSlim reload = new(1, 1);
    private volatile Compiled? current;

    private sealed record Compiled(Guid Version, ReplyChecker Checker);

    /// <summary>A short reply with problems and a complaint before it, per language: enough to run every step of a check once.</summary>
    private static readonly (string Language, string Reply, string Context)[] WarmUpReplies =
    [
        (ReplyLanguages.Simplified, "不行,您欠我们200元", "我的储值卡怎么不能用了?"),
        (ReplyLanguages.Traditional, "不行,您欠我們200元", "我的儲值卡怎麼不能用了?"),
        (ReplyLanguages.English, "No, we can't. You owe us $200", "My card doesn't work!"),
    ];

    public void Dispose() => reload.Dispose();

    /// <summary>Builds the checker and checks a reply in each language once, so the first agent to pause does not wait for the code to compile.</summary>
    public async Task WarmUpAsync(ExceedDb db, CancellationToken ct = default)
    {
        var checker = await CheckerAsync(db, ct);
        foreach (var (language, reply, context) in WarmUpReplies)
        {
            checker.Check(reply, language, context);
        }
    }

    public async Task<ReplyChecker> CheckerAsync(ExceedDb db, CancellationToken ct = default)
    {
        var version = await PhrasebookStamps.CurrentAsync(db, ct);
        if (current is { } ready && ready.Version == version)
        {
            return ready.Checker;
        }
        await reload.WaitAsync(ct);
        try
        {
            if (current is { } again && again.Version == version)
            {
                return again.Checker;
            }
            var entries = await db.PhraseEntries.AsNoTracking().Where(e => e.Enabled).ToListAsync(ct);
            var off = await db.LanguageRules.AsNoTracking().Where(r => !r.Enabled).Select(r => r.RuleId).ToListAsync(ct);
            var checker = new ReplyChecker(entries, off.ToHashSet());
            current = new Compiled(version, checker);
            return checker;
        }
        finally
        {
            reload.Release();
        }
    }
}

/// <summary>Reads and changes the version stamp; copies the shipped phrasebook in the first time.</summary>
internal static class PhrasebookStamps
{
    public static async Task<Guid> CurrentAsync(ExceedDb db, CancellationToken ct)
    {
        var stamp = await db.PhrasebookStamps.AsNoTracking().Where(s => s.Id == PhrasebookStamp.TheOne)
            .Select(s => new { s.Version, s.DefaultsLoaded }).FirstOrDefaultAsync(ct);
        if (stamp is { DefaultsLoaded: true })
        {
            return stamp.Version;
        }
        await LoadDefaultsAsync(db, ct);
        return await db.PhrasebookStamps.AsNoTracking().Where(s => s.Id == PhrasebookStamp.TheOne).Select(s => s.Version).FirstAsync(ct);
    }

    /// <summary>Changes the version in the caller's transaction, so the change and the stamp commit together.</summary>
    public static Task BumpAsync(ExceedDb db, CancellationToken ct)
    {
        var version = Guid.NewGuid();
        return db.PhrasebookStamps.Where(s => s.Id == PhrasebookStamp.TheOne)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, version), ct);
    }

    /// <summary>Exactly one node wins the conditional update and copies the defaults, in the same transaction.</summary>
    private static async Task LoadDefaultsAsync(ExceedDb db, CancellationToken ct)
    {
        if (!await db.PhrasebookStamps.AnyAsync(s => s.Id == PhrasebookStamp.TheOne, ct))
        {
            try
            {
                db.PhrasebookStamps.Add(new PhrasebookStamp { Version = Guid.NewGuid() });
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException error) when (error.IsUniqueViolation())
            {
                // Another node created it first; fine.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var version = Guid.NewGuid();
        var won = await db.PhrasebookStamps.Where(s => s.Id == PhrasebookStamp.TheOne && !s.DefaultsLoaded)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.DefaultsLoaded, true).SetProperty(x => x.Version, version), ct);
        if (won == 1)
        {
            db.PhraseEntries.AddRange(DefaultPhrasebook.Entries());
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        await tx.CommitAsync(ct);
    }
}
