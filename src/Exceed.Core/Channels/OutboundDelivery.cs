using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Exceed.Core.Channels;

/// <summary>An agent reply on its way out through a channel: retried until sent, claimed by one node at a time.</summary>
public sealed class OutboundDelivery
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EntryId { get; set; }
    public Guid ConversationId { get; set; }
    public Conversations.ChannelKind Channel { get; set; }
    public Guid? ChannelId { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    /// <summary>Until when a node holds this delivery; another node may take it after that.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public DateTimeOffset? FailedAt { get; set; }
    public string? LastError { get; set; }
}

internal sealed class OutboundDeliveryMapping : IEntityTypeConfiguration<OutboundDelivery>
{
    public void Configure(EntityTypeBuilder<OutboundDelivery> e)
    {
        e.Property(d => d.Channel).HasConversion<string>().HasMaxLength(10);
        e.Property(d => d.LastError).HasMaxLength(1000);
        e.HasIndex(d => new { d.DeliveredAt, d.FailedAt, d.NextAttemptAt });
        e.HasIndex(d => d.EntryId).IsUnique();
    }
}
