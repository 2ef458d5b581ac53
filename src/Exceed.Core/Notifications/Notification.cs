using Exceed.Core.Conversations;
using Exceed.Core.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Exceed.Core.Notifications;

/// <summary>Something one staff member must know about a conversation: a promise was broken, or a follow-up is due.</summary>
public sealed class Notification
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string StaffId { get; set; } = "";
    public Guid ConversationId { get; set; }
    /// <summary>The deadline this tells of; one notification per deadline and person, so a sweep never tells twice.</summary>
    public Guid DeadlineId { get; set; }
    public NotificationKind Kind { get; set; }
    /// <summary>Why this person is told: they own the conversation, or they lead its team.</summary>
    public NotifiedAs As { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset At { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}

public enum NotificationKind { FirstResponseBreached, UpdateBreached, FollowUpDue }

public enum NotifiedAs { Owner, Lead }

internal sealed class NotificationMapping : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> e)
    {
        e.ToTable("Notifications");
        e.Property(n => n.StaffId).HasMaxLength(100);
        e.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        e.Property(n => n.As).HasConversion<string>().HasMaxLength(10);
        e.HasIndex(n => new { n.StaffId, n.At });
        e.HasIndex(n => new { n.DeadlineId, n.StaffId }).IsUnique();
        e.HasOne<Conversation>().WithMany().HasForeignKey(n => n.ConversationId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Deadline>().WithMany().HasForeignKey(n => n.DeadlineId).OnDelete(DeleteBehavior.Cascade);
    }
}
