using Exceed.Core.Conversations;
using Exceed.Core.Data;
using Exceed.Core.Language;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Core.Quality;

/// <summary>Runs the reply checker over sent replies and keeps what it found: at send time, and later for replies sent before.</summary>
public sealed class ReplyReviewer(ExceedDb db, IServiceScopeFactory scopes, BusinessSettings business)
{
    private const int Page = 1000;

    /// <summary>Adds the review of a reply being sent to the same save, so the reply and its review commit together.</summary>
    public async Task ReviewAtSendAsync(ConversationEntry reply, IReadOnlyList<string>? overridden, CancellationToken ct = default)
    {
        var context = await db.ConversationEntries.AsNoTracking()
            .Where(e => e.ConversationId == reply.ConversationId && e.Kind == EntryKind.CustomerMessage)
            .OrderByDescending(e => e.At).Select(e => e.Text).FirstOrDefaultAsync(ct);
        var checker = await CheckerAsync(ct);
        Add(checker, new SentReply(reply.Id, reply.ConversationId, reply.AuthorId, reply.AuthorName, reply.At, reply.Text, context), overridden, atSend: true);
    }

    /// <summary>Reviews, page by page, every reply sent in [from, to) that has no review yet; returns how many it reviewed.</summary>
    public async Task<int> ReviewUnreviewedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        var checker = await CheckerAsync(ct);
        var reviewed = 0;
        while (true)
        {
            var page = await db.ConversationEntries.AsNoTracking()
                .Where(e => e.Kind == EntryKind.AgentReply && e.At >= from && e.At < to && !db.ReplyReviews.Any(r => r.EntryId == e.Id))
                .OrderBy(e => e.At).Take(Page)
                .Select(e => new SentReply(e.Id, e.ConversationId, e.AuthorId, e.AuthorName, e.At, e.Text,
                    db.ConversationEntries.Where(c => c.ConversationId == e.ConversationId && c.Kind == EntryKind.CustomerMessage && c.At < e.At)
                        .OrderByDescending(c => c.At).Select(c => c.Text).FirstOrDefault()))
                .ToListAsync(ct);
            if (page.Count == 0)
            {
                return reviewed;
            }
            foreach (var reply in page)
            {
                Add(checker, reply, overridden: null, atSend: false);
            }
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another review of the same period got there first; its rows are as good as ours.
                db.ChangeTracker.Clear();
                return reviewed;
            }
            db.ChangeTracker.Clear();
            reviewed += page.Count;
            if (page.Count < Page)
            {
                return reviewed;
            }
        }
    }

    /// <summary>
    /// The checker comes through a scope of its own: the first use copies the shipped phrasebook in, saving and clearing
    /// its context, which must not touch the reply this context is about to save.
    /// </summary>
    private async Task<ReplyChecker> CheckerAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PhrasebookService>().CheckerAsync(ct);
    }

    private void Add(ReplyChecker checker, SentReply reply, IReadOnlyList<string>? overridden, bool atSend)
    {
        var check = checker.Check(reply.Text, context: reply.Context);
        var problems = check.Problems;
        var sentPast = overridden?.ToHashSet(StringComparer.Ordinal) ?? [];
        var review = new ReplyReview
        {
            EntryId = reply.Id,
            ConversationId = reply.ConversationId,
            AuthorId = reply.AuthorId ?? "",
            AuthorName = reply.AuthorName,
            SentAt = reply.At,
            SentOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(reply.At, business.Zone).DateTime),
            Language = check.Language,
            Problems = problems.Count,
            CheckedAtSend = atSend,
        };
        foreach (var problem in problems)
        {
            var wasOverridden = sentPast.Contains(problem.RuleId);
            review.Overridden += wasOverridden ? 1 : 0;
            db.ReplyFindings.Add(new ReplyFinding
            {
                EntryId = reply.Id, ConversationId = reply.ConversationId, AuthorId = review.AuthorId, SentAt = reply.At,
                RuleId = problem.RuleId, Kind = problem.Kind, Start = problem.Start, Length = problem.Length, Overridden = wasOverridden,
            });
        }
        db.ReplyReviews.Add(review);
    }

    private sealed record SentReply(Guid Id, Guid ConversationId, string? AuthorId, string AuthorName, DateTimeOffset At, string Text, string? Context);
}
