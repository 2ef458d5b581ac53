using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Exceed.Core.Conversations;

internal sealed class ConversationMapping : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> e)
    {
        e.Property(c => c.Channel).HasConversion<string>().HasMaxLength(10);
        e.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.Priority).HasConversion<string>().HasMaxLength(10);
        e.Property(c => c.ThreadKey).HasMaxLength(300);
        e.Property(c => c.Subject).HasMaxLength(300);
        e.Property(c => c.OwnerId).HasMaxLength(100);
        e.Property(c => c.OwnerName).HasMaxLength(200);
        e.Property(c => c.Team).HasMaxLength(100);
        e.Property(c => c.Tags).HasMaxLength(1000);
        e.Property(c => c.HandOffNote).HasMaxLength(4000);
        e.Property(c => c.HandOffFrom).HasMaxLength(200);
        e.Property(c => c.Preview).HasMaxLength(200);
        e.Ignore(c => c.TagList);
        e.Ignore(c => c.IsActive);
        e.HasIndex(c => new { c.CustomerId, c.LastMessageAt });
        e.HasIndex(c => new { c.Channel, c.ChannelId, c.ThreadKey });
        e.HasIndex(c => new { c.Status, c.OwnerId, c.WaitingSince });
        e.HasIndex(c => new { c.Status, c.LastMessageAt });
        e.HasMany(c => c.Entries).WithOne().HasForeignKey(x => x.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EntryMapping : IEntityTypeConfiguration<ConversationEntry>
{
    public void Configure(EntityTypeBuilder<ConversationEntry> e)
    {
        e.ToTable("ConversationEntries");
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(10);
        e.Property(x => x.Delivery).HasConversion<string>().HasMaxLength(10);
        e.Property(x => x.AuthorId).HasMaxLength(100);
        e.Property(x => x.AuthorName).HasMaxLength(200);
        e.Property(x => x.Text).HasMaxLength(Limits.MessageText);
        e.Property(x => x.DedupeKey).HasMaxLength(400);
        e.Property(x => x.MessageId).HasMaxLength(400);
        e.Property(x => x.Warning).HasMaxLength(1000);
        e.Property(x => x.RecordingUrl).HasMaxLength(1000);
        e.Ignore(x => x.IsFromCustomer);
        e.Ignore(x => x.IsVisibleToCustomer);
        e.Ignore(x => x.CallDuration);
        e.HasIndex(x => new { x.ConversationId, x.At });
        e.HasIndex(x => x.DedupeKey).IsUnique();
        e.HasIndex(x => x.MessageId);
        e.HasMany(x => x.Attachments).WithOne().HasForeignKey(a => a.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AttachmentMapping : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> e)
    {
        e.Property(a => a.FileName).HasMaxLength(260);
        e.Property(a => a.ContentType).HasMaxLength(200);
        e.HasIndex(a => a.EntryId);
    }
}
