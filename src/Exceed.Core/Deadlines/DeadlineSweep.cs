using Exceed.Core.Conversations;
using Exceed.Core.Data;
using Exceed.Core.Events;
using Exceed.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Deadlines;

/// <summary>Published once per deadline the sweeper found due, after the notifications are stored.</summary>
public sealed record DeadlinePassed(Guid DeadlineId, Guid ConversationId, DeadlineKind Kind, DateTimeOffset DueAt, IReadOnlyList<string> Notified);

/// <summary>
/// One pass of the sweeper: every deadline that fell due is handled once, with a notification for the conversation's
/// owner and its team's leads. On PostgreSQL the due rows are locked with FOR UPDATE SKIP LOCKED, so several nodes
/// sweeping at once each take different rows; on SQLite the transaction takes the database's write lock.
/// </summary>
public sealed class DeadlineSweep(ExceedDb db, DeadlineRecipients recipients, IEventBus bus, TimeProvider clock)
{
    /// <summary>Handles up to <paramref name="batch"/> due deadlines; returns how many (0 when nothing is due).</summary>
    public async Task<int> RunOnceAsync(int batch = 100, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var passed = new List<DeadlinePassed>();
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var due = await ClaimDueAsync(now, batch, ct);
            if (due.Count == 0)
            {
                return 0;
            }
            var ids = due.Select(d => d.ConversationId).Distinct().ToList();
            var conversations = await db.Set<Conversation>().AsNoTracking().Where(c => ids.Contains(c.Id))
                .Select(c => new { c.Id, c.OwnerId, c.Team }).ToDictionaryAsync(c => c.Id, ct);
            foreach (var deadline in due)
            {
                var conversation = conversations[deadline.ConversationId];
                var told = await recipients.ForAsync(deadline.Kind, conversation.OwnerId, conversation.Team, ct);
                foreach (var (staffId, notifiedAs) in told)
                {
                    db.Add(new Notification
                    {
                        StaffId = staffId, ConversationId = deadline.ConversationId, DeadlineId = deadline.Id, Kind = KindOf(deadline.Kind),
                        As = notifiedAs, DueAt = deadline.DueAt, At = now,
                    });
                }
                deadline.State = DeadlineState.Breached;
                deadline.HandledAt = now;
                passed.Add(new DeadlinePassed(deadline.Id, deadline.ConversationId, deadline.Kind, deadline.DueAt, [.. told.Select(t => t.StaffId)]));
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        db.ChangeTracker.Clear();
        foreach (var e in passed)
        {
            await bus.PublishAsync(e, ct);
        }
        return passed.Count;
    }

    private Task<List<Deadline>> ClaimDueAsync(DateTimeOffset now, int batch, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            // Rows another node has locked are skipped, not waited for: that node handles them, this one takes the next.
            return db.Set<Deadline>().FromSql($"""
                SELECT * FROM "Deadlines" WHERE "State" = 'Pending' AND "DueAt" <= {now}
                ORDER BY "DueAt" LIMIT {batch} FOR UPDATE SKIP LOCKED
                """).ToListAsync(ct);
        }
        return db.Set<Deadline>().Where(d => d.State == DeadlineState.Pending && d.DueAt <= now)
            .OrderBy(d => d.DueAt).Take(batch).ToListAsync(ct);
    }

    private static NotificationKind KindOf(DeadlineKind kind) => kind switch
    {
        DeadlineKind.FirstResponse => NotificationKind.FirstResponseBreached,
        DeadlineKind.Update => NotificationKind.UpdateBreached,
        _ => NotificationKind.FollowUpDue,
    };
}
