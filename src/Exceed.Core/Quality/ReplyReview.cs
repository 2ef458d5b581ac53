using Exceed.Core.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Exceed.Core.Quality;

/// <summary>What the checker found in one sent reply: stored at send time so quality review adds numbers up in SQL.</summary>
public sealed class ReplyReview
{
    /// <summary>The reply (a <see cref="ConversationEntry"/>); one review per reply.</summary>
    public Guid EntryId { get; set; }
    public Guid ConversationId { get; set; }
    public string AuthorId { get; set; } = "";
    public string AuthorName { get; set; } = "";
    public DateTimeOffset SentAt { get; set; }
    /// <summary>The day the reply was sent in the business's time zone, so trends group by the shop's own days.</summary>
    public DateOnly SentOn { get; set; }
    public string Language { get; set; } = "";
    public int Problems { get; set; }
    /// <summary>How many of the problems the agent chose to send past ("send anyway").</summary>
    public int Overridden { get; set; }
    /// <summary>False when the review was made later by quality review, which cannot know what the agent was shown.</summary>
    public bool CheckedAtSend { get; set; }
}

/// <summary>One problem in one sent reply, and whether the agent sent past it.</summary>
public sealed class ReplyFinding
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EntryId { get; set; }
    public Guid ConversationId { get; set; }
    public string AuthorId { get; set; } = "";
    public DateTimeOffset SentAt { get; set; }
    public string RuleId { get; set; } = "";
    public string Kind { get; set; } = "";
    public int Start { get; set; }
    public int Length { get; set; }
    public bool Overridden { get; set; }
}

internal sealed class ReplyReviewMapping : IEntityTypeConfiguration<ReplyReview>
{
    public void Configure(EntityTypeBuilder<ReplyReview> e)
    {
        e.HasKey(r => r.EntryId);
        e.Property(r => r.AuthorId).HasMaxLength(100);
        e.Property(r => r.AuthorName).HasMaxLength(200);
        e.Property(r => r.Language).HasMaxLength(10);
        // Erasing a conversation's messages erases what was found in them.
        e.HasOne<ConversationEntry>().WithMany().HasForeignKey(r => r.EntryId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(r => r.SentAt);
        e.HasIndex(r => new { r.AuthorId, r.SentAt });
    }
}

internal sealed class ReplyFindingMapping : IEntityTypeConfiguration<ReplyFinding>
{
    public void Configure(EntityTypeBuilder<ReplyFinding> e)
    {
        e.Property(f => f.AuthorId).HasMaxLength(100);
        e.Property(f => f.RuleId).HasMaxLength(100);
        e.Property(f => f.Kind).HasMaxLength(40);
        e.HasOne<ReplyReview>().WithMany().HasForeignKey(f => f.EntryId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(f => f.SentAt);
        e.HasIndex(f => new { f.RuleId, f.SentAt });
        e.HasIndex(f => f.EntryId);
    }
}
