using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Exceed.Core.Language;

internal sealed class PhraseEntryMapping : IEntityTypeConfiguration<PhraseEntry>
{
    public void Configure(EntityTypeBuilder<PhraseEntry> e)
    {
        e.ToTable("PhraseEntries");
        e.Property(p => p.Language).HasMaxLength(10);
        e.Property(p => p.Use).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.Kind).HasMaxLength(40);
        e.Property(p => p.RuleId).HasMaxLength(60);
        e.Property(p => p.Phrase).HasMaxLength(PhraseLimits.Phrase);
        e.Property(p => p.Suggestion).HasMaxLength(PhraseLimits.Text);
        e.Property(p => p.Reason).HasMaxLength(PhraseLimits.Text);
        e.Property(p => p.Exceptions).HasMaxLength(PhraseLimits.Exceptions);
        e.Property(p => p.UpdatedBy).HasMaxLength(200);
        e.HasIndex(p => new { p.Language, p.Use });
        e.HasIndex(p => p.RuleId);
    }
}

internal sealed class RuleSettingMapping : IEntityTypeConfiguration<RuleSetting>
{
    public void Configure(EntityTypeBuilder<RuleSetting> e)
    {
        e.ToTable("LanguageRuleSettings");
        e.HasKey(r => r.RuleId);
        e.Property(r => r.RuleId).HasMaxLength(60);
        e.Property(r => r.UpdatedBy).HasMaxLength(200);
    }
}

internal sealed class PhrasebookStampMapping : IEntityTypeConfiguration<PhrasebookStamp>
{
    public void Configure(EntityTypeBuilder<PhrasebookStamp> e)
    {
        e.ToTable("PhrasebookStamps");
        e.Property(s => s.Id).ValueGeneratedNever();
    }
}

/// <summary>Lengths the database and the API agree on.</summary>
public static class PhraseLimits
{
    public const int Phrase = 200;
    public const int Text = 500;
    public const int Exceptions = 1000;
    public const int Reply = 5000;
}
