using Exceed.Core.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Exceed.Core.Deadlines;

/// <summary>A promise owed to a customer, as a row the sweeper finds when it falls due: answer, update or follow up by <see cref="DueAt"/>.</summary>
public sealed class Deadline
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ConversationId { get; set; }
    public DeadlineKind Kind { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public DeadlineState State { get; set; } = DeadlineState.Pending;
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When it was met, dropped, or found breached by the sweeper.</summary>
    public DateTimeOffset? HandledAt { get; set; }
}

public enum DeadlineKind { FirstResponse, Update, FollowUp }

/// <summary>Pending until handled once: met (or no longer owed) before it fell due, or breached (a follow-up: reminded).</summary>
public enum DeadlineState { Pending, Met, Breached }

internal sealed class DeadlineMapping : IEntityTypeConfiguration<Deadline>
{
    public void Configure(EntityTypeBuilder<Deadline> e)
    {
        e.ToTable("Deadlines");
        e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(d => d.State).HasConversion<string>().HasMaxLength(10);
        e.HasIndex(d => new { d.State, d.DueAt });
        e.HasIndex(d => new { d.ConversationId, d.State });
        e.HasOne<Conversation>().WithMany().HasForeignKey(d => d.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
