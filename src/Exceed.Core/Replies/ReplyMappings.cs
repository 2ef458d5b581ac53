using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Exceed.Core.Replies;

internal sealed class CannedReplyMapping : IEntityTypeConfiguration<CannedReply>
{
    public void Configure(EntityTypeBuilder<CannedReply> e)
    {
        e.ToTable("CannedReplies");
        e.Property(r => r.Language).HasMaxLength(10);
        e.Property(r => r.Title).HasMaxLength(ReplyLimits.Title);
        e.Property(r => r.Shortcut).HasMaxLength(ReplyLimits.Shortcut);
        e.Property(r => r.Body).HasMaxLength(ReplyLimits.Body);
        e.Property(r => r.UpdatedBy).HasMaxLength(200);
        e.HasIndex(r => new { r.Language, r.Shortcut }).IsUnique();
    }
}

internal sealed class MomentTemplateMapping : IEntityTypeConfiguration<MomentTemplate>
{
    public void Configure(EntityTypeBuilder<MomentTemplate> e)
    {
        e.ToTable("MomentTemplates");
        e.Property(t => t.Moment).HasConversion<string>().HasMaxLength(20);
        e.Property(t => t.Language).HasMaxLength(10);
        e.Property(t => t.AgentId).HasMaxLength(450);
        e.Property(t => t.Channel).HasConversion<string>().HasMaxLength(20);
        e.Property(t => t.DayPart).HasConversion<string>().HasMaxLength(20);
        e.Property(t => t.Body).HasMaxLength(ReplyLimits.Body);
        e.Property(t => t.UpdatedBy).HasMaxLength(200);
        e.HasIndex(t => new { t.Moment, t.Language });
    }
}
