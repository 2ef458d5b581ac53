using Exceed.Core.Common;
using Exceed.Core.Conversations;
using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Notifications;

/// <summary>A notification as its reader sees it, with the conversation it is about.</summary>
public sealed record NotificationView(Guid Id, NotificationKind Kind, NotifiedAs As, Guid ConversationId, string Subject, string? OwnerName,
    DateTimeOffset DueAt, DateTimeOffset At, DateTimeOffset? ReadAt);

/// <summary>A staff member's own notifications: newest first, and marked read one by one.</summary>
public sealed class NotificationService(ExceedDb db, TimeProvider clock)
{
    public async Task<List<NotificationView>> MineAsync(string staffId, bool unreadOnly, int limit, CancellationToken ct = default)
    {
        var mine = db.Set<Notification>().AsNoTracking().Where(n => n.StaffId == staffId);
        if (unreadOnly)
        {
            mine = mine.Where(n => n.ReadAt == null);
        }
        var rows = await mine.OrderByDescending(n => n.At).ThenByDescending(n => n.Id).Take(Math.Clamp(limit, 1, 200))
            .Join(db.Set<Conversation>(), n => n.ConversationId, c => c.Id, (n, c) =>
                new NotificationView(n.Id, n.Kind, n.As, n.ConversationId, c.Subject, c.OwnerName, n.DueAt, n.At, n.ReadAt))
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(n => n.At).ThenByDescending(n => n.Id)];
    }

    public async Task<Outcome<NotificationView>> MarkReadAsync(Guid id, string staffId, CancellationToken ct = default)
    {
        var notification = await db.Set<Notification>().FirstOrDefaultAsync(n => n.Id == id && n.StaffId == staffId, ct);
        if (notification is null)
        {
            return Problem.NotFound($"You have no notification with id {id}; list yours with GET /api/v1/notifications.");
        }
        notification.ReadAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        var subject = await db.Set<Conversation>().Where(c => c.Id == notification.ConversationId).Select(c => new { c.Subject, c.OwnerName }).FirstAsync(ct);
        return new NotificationView(notification.Id, notification.Kind, notification.As, notification.ConversationId, subject.Subject, subject.OwnerName,
            notification.DueAt, notification.At, notification.ReadAt);
    }
}
