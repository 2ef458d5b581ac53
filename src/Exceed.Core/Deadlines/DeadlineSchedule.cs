using Exceed.Core.Conversations;
using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Deadlines;

/// <summary>Keeps a conversation's deadline rows in step with its due times, in the same save as the change that moved them.</summary>
public sealed class DeadlineSchedule(ExceedDb db, HotQueries queries)
{
    /// <summary>Call before saving a changed conversation; <paramref name="isNew"/> skips the read of rows it cannot have yet.</summary>
    public async Task KeepInStepAsync(Conversation conversation, DateTimeOffset now, bool isNew = false, CancellationToken ct = default)
    {
        var pending = isNew ? [] : await db.Set<Deadline>()
            .Where(d => d.ConversationId == conversation.Id && d.State == DeadlineState.Pending).ToListAsync(ct);
        Reconcile(conversation, pending, now);
    }

    public async Task KeepInStepAsync(IReadOnlyCollection<Conversation> conversations, DateTimeOffset now, CancellationToken ct = default)
    {
        var ids = conversations.Select(c => c.Id).ToList();
        var pending = await queries.PendingDeadlines(db, ids).ToListAsync(ct);
        var byConversation = pending.ToLookup(d => d.ConversationId);
        foreach (var conversation in conversations)
        {
            Reconcile(conversation, [.. byConversation[conversation.Id]], now);
        }
    }

    /// <summary>What the conversation owes now, by kind; nothing for a solved or closed one.</summary>
    public static IEnumerable<(DeadlineKind Kind, DateTimeOffset? DueAt)> Owed(Conversation c) =>
    [
        (DeadlineKind.FirstResponse, c.IsActive && c.FirstRespondedAt is null ? c.FirstResponseDueAt : null),
        (DeadlineKind.Update, c.IsActive ? c.NextUpdateDueAt : null),
        (DeadlineKind.FollowUp, c.FollowUpAt),
    ];

    private void Reconcile(Conversation conversation, List<Deadline> pending, DateTimeOffset now)
    {
        foreach (var (kind, dueAt) in Owed(conversation))
        {
            var current = pending.Where(d => d.Kind == kind).ToList();
            if (dueAt is { } due && current.Any(d => d.DueAt == due))
            {
                continue;
            }
            foreach (var old in current)
            {
                // A promise already broken stays pending, so the sweeper still tells the owner and lead; a late answer does not hide it.
                if (old.DueAt > now)
                {
                    old.State = DeadlineState.Met;
                    old.HandledAt = now;
                }
            }
            if (dueAt is { } next)
            {
                db.Add(new Deadline { ConversationId = conversation.Id, Kind = kind, DueAt = next, CreatedAt = now });
            }
        }
    }
}
