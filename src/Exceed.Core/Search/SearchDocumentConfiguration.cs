using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Exceed.Core.Search;

internal sealed class SearchDocumentConfiguration : IEntityTypeConfiguration<SearchDocument>
{
    /// <summary>The SQLite triggers that keep SearchFts in step (migration SearchEngines): EF must not use RETURNING on this table.</summary>
    public static readonly string[] SqliteTriggers = ["SearchDocuments_inserted", "SearchDocuments_deleted", "SearchDocuments_updated"];

    public void Configure(EntityTypeBuilder<SearchDocument> e)
    {
        e.ToTable("SearchDocuments", t =>
        {
            foreach (var trigger in SqliteTriggers)
            {
                t.HasTrigger(trigger);
            }
        });
        e.HasKey(d => d.Id);
        e.Property(d => d.Id).ValueGeneratedOnAdd();
        e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(d => new { d.Kind, d.EntityId }).IsUnique();
        e.HasIndex(d => d.CustomerId);
        e.HasIndex(d => d.ConversationId);
    }
}
