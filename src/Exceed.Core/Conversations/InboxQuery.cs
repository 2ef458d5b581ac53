using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Conversations;

public enum InboxView { Mine, Unassigned, Team, Waiting, All }

public sealed record InboxFilter
{
    public InboxView View { get; init; } = InboxView.Mine;
    public ConversationStatus? Status { get; init; }
    public ChannelKind? Channel { get; init; }
    public Priority? Priority { get; init; }
    public string? Tag { get; init; }
    public Guid? CustomerId { get; init; }
    public int Limit { get; init; } = 50;
}

/// <summary>A row of the inbox: enough to choose what to open next.</summary>
public sealed record InboxRow(Guid Id, Guid? CustomerId, string CustomerName, string Subject, string Preview, ChannelKind Channel,
    ConversationStatus Status, Priority Priority, string? OwnerId, string? OwnerName, string? Team, string Tags,
    DateTimeOffset LastMessageAt, DateTimeOffset? WaitingSince, DateTimeOffset? DueAt, bool Breaching, bool HandOffUnread);

/// <summary>The inbox views: mine, unassigned, my team, and who has waited on us longest.</summary>
public sealed class InboxQuery(ExceedDb db, TimeProvider clock)
{
    /// <summary>How close to its due time a promise shows as about to break.</summary>
    public static readonly TimeSpan BreachingWithin = TimeSpan.FromMinutes(5);

    public async Task<List<InboxRow>> ListAsync(InboxFilter filter, Agent agent, string? agentTeam, CancellationToken ct = default)
    {
        var query = db.Set<Conversation>().AsNoTracking();
        var activeOnly = filter.Status is null && filter.CustomerId is null;
        if (activeOnly)
        {
            query = query.Where(c => c.Status != ConversationStatus.Solved && c.Status != ConversationStatus.Closed);
        }
        else if (filter.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }
        query = filter.View switch
        {
            InboxView.Mine => query.Where(c => c.OwnerId == agent.Id),
            InboxView.Unassigned => query.Where(c => c.OwnerId == null),
            InboxView.Team => query.Where(c => agentTeam != null && c.Team == agentTeam),
            InboxView.Waiting => query.Where(c => c.WaitingSince != null),
            _ => query,
        };
        if (filter.Channel is { } channel)
        {
            query = query.Where(c => c.Channel == channel);
        }
        if (filter.Priority is { } priority)
        {
            query = query.Where(c => c.Priority == priority);
        }
        if (filter.CustomerId is { } customer)
        {
            query = query.Where(c => c.CustomerId == customer);
        }
        if (!string.IsNullOrWhiteSpace(filter.Tag))
        {
            var tag = filter.Tag.Trim().ToLowerInvariant();
            query = query.Where(c => ("," + c.Tags + ",").Contains("," + tag + ","));
        }
        query = filter.View == InboxView.Waiting
            ? query.OrderBy(c => c.WaitingSince).ThenBy(c => c.Id)
            : query.OrderByDescending(c => c.LastMessageAt).ThenByDescending(c => c.Id);
        var rows = await query.Take(Math.Clamp(filter.Limit, 1, 200))
            .GroupJoin(db.Customers.AsNoTracking(), c => c.CustomerId, p => p.Id, (c, people) => new { c, people })
            .SelectMany(x => x.people.DefaultIfEmpty(), (x, p) => new { x.c, Name = p == null ? null : p.DisplayName })
            .ToListAsync(ct);
        var soon = clock.GetUtcNow() + BreachingWithin;
        var ordered = filter.View == InboxView.Waiting
            ? rows.OrderBy(r => r.c.WaitingSince).ThenBy(r => r.c.Id)
            : rows.OrderByDescending(r => r.c.LastMessageAt).ThenByDescending(r => r.c.Id);
        return ordered.Select(r => new InboxRow(r.c.Id, r.c.CustomerId, r.Name ?? "", r.c.Subject, r.c.Preview, r.c.Channel, r.c.Status,
            r.c.Priority, r.c.OwnerId, r.c.OwnerName, r.c.Team, r.c.Tags, r.c.LastMessageAt, r.c.WaitingSince, DueAt(r.c),
            DueAt(r.c) <= soon, r.c.HandOffNote != null && r.c.HandOffReadAt == null && r.c.OwnerId == agent.Id)).ToList();
    }

    /// <summary>The soonest promise we owe the customer: first answer, the next update, or the follow-up.</summary>
    public static DateTimeOffset? DueAt(Conversation c) => Deadlines.DeadlineSchedule.Owed(c).Select(o => o.DueAt).Where(d => d is not null).Min();

    /// <summary>A conversation with its whole history, oldest first.</summary>
    public Task<Conversation?> GetAsync(Guid id, CancellationToken ct = default) =>
        db.Set<Conversation>().AsNoTracking().AsSplitQuery()
            .Include(c => c.Entries.OrderBy(e => e.At).ThenBy(e => e.Id))
            .FirstOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>The attachments of a conversation, without their bytes.</summary>
    public Task<List<AttachmentInfo>> AttachmentsAsync(Guid conversationId, CancellationToken ct = default) =>
        db.Set<Attachment>().AsNoTracking()
            .Join(db.Set<ConversationEntry>().Where(e => e.ConversationId == conversationId), a => a.EntryId, e => e.Id, (a, e) => a)
            .Select(a => new AttachmentInfo(a.Id, a.EntryId, a.FileName, a.ContentType, a.Size))
            .ToListAsync(ct);

    public Task<Attachment?> AttachmentAsync(Guid id, CancellationToken ct = default) =>
        db.Set<Attachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>Every conversation of a customer across channels, newest first: the history on the card.</summary>
    public Task<List<InboxRow>> ForCustomerAsync(Guid customerId, Agent agent, CancellationToken ct = default) =>
        ListAsync(new InboxFilter { View = InboxView.All, CustomerId = customerId, Limit = 100 }, agent, null, ct);
}

public sealed record AttachmentInfo(Guid Id, Guid EntryId, string FileName, string ContentType, long Size);
