using Exceed.Core.Audit;
using Exceed.Core.Calls;
using Exceed.Core.Customers;
using Exceed.Core.Customers.Duplicates;
using Exceed.Core.Search;
using Exceed.Core.Language;
using Exceed.Core.Staff;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Data;

public sealed class ExceedDb(DbContextOptions<ExceedDb> options) : IdentityDbContext<StaffUser>(options)
{
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<CustomerIdentity> Identities => Set<CustomerIdentity>();
    public DbSet<Preference> Preferences => Set<Preference>();
    public DbSet<ImportantDate> ImportantDates => Set<ImportantDate>();
    public DbSet<Purchase> Purchases => Set<Purchase>();
    public DbSet<WishItem> WishItems => Set<WishItem>();
    public DbSet<CustomerNote> Notes => Set<CustomerNote>();
    public DbSet<MergeRecord> Merges => Set<MergeRecord>();
    public DbSet<NotDuplicate> NotDuplicates => Set<NotDuplicate>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<Call> Calls => Set<Call>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Conversations.Conversation> Conversations => Set<Conversations.Conversation>();
    public DbSet<Conversations.ConversationEntry> ConversationEntries => Set<Conversations.ConversationEntry>();
    public DbSet<SearchDocument> SearchDocuments => Set<SearchDocument>();
    public DbSet<PhraseEntry> PhraseEntries => Set<PhraseEntry>();
    public DbSet<RuleSetting> LanguageRules => Set<RuleSetting>();
    public DbSet<PhrasebookStamp> PhrasebookStamps => Set<PhrasebookStamp>();
    public DbSet<Deadlines.Deadline> Deadlines => Set<Deadlines.Deadline>();
    public DbSet<Notifications.Notification> Notifications => Set<Notifications.Notification>();
    public DbSet<Mailboxes.Mailbox> Mailboxes => Set<Mailboxes.Mailbox>();
    public DbSet<Quality.ReplyReview> ReplyReviews => Set<Quality.ReplyReview>();
    public DbSet<Quality.ReplyFinding> ReplyFindings => Set<Quality.ReplyFinding>();
    public DbSet<Replies.CannedReply> CannedReplies => Set<Replies.CannedReply>();
    public DbSet<Replies.MomentTemplate> MomentTemplates => Set<Replies.MomentTemplate>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Customer>(e =>
        {
            e.Property(c => c.DisplayName).HasMaxLength(200);
            e.Property(c => c.NameKey).HasMaxLength(200);
            e.Property(c => c.FamilyName).HasMaxLength(100);
            e.Property(c => c.Language).HasMaxLength(10);
            e.Property(c => c.Tags).HasMaxLength(1000);
            e.Property(c => c.Type).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.LoyaltyStage).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.Salutation).HasConversion<string>().HasMaxLength(10);
            e.Ignore(c => c.TagList);
            e.HasIndex(c => c.NameKey);
            e.HasIndex(c => c.UpdatedAt);
            e.HasMany(c => c.Identities).WithOne().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Preferences).WithOne().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.ImportantDates).WithOne().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Purchases).WithOne().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.WishItems).WithOne().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Notes).WithOne().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<CustomerIdentity>(e =>
        {
            e.Property(i => i.Kind).HasConversion<string>().HasMaxLength(10);
            e.Property(i => i.Value).HasMaxLength(200);
            e.Property(i => i.Display).HasMaxLength(200);
            e.HasIndex(i => new { i.Kind, i.Value }).IsUnique();
            e.HasIndex(i => i.CustomerId);
        });
        builder.Entity<Preference>(e =>
        {
            e.Property(p => p.Kind).HasConversion<string>().HasMaxLength(10);
            e.Property(p => p.Text).HasMaxLength(500);
            e.HasIndex(p => p.CustomerId);
        });
        builder.Entity<ImportantDate>(e =>
        {
            e.Property(p => p.Kind).HasConversion<string>().HasMaxLength(12);
            e.Property(p => p.Label).HasMaxLength(200);
            e.HasIndex(p => p.CustomerId);
        });
        builder.Entity<Purchase>(e =>
        {
            e.Property(p => p.Item).HasMaxLength(300);
            e.Property(p => p.Currency).HasMaxLength(3);
            e.Property(p => p.Channel).HasMaxLength(50);
            e.Property(p => p.Amount).HasPrecision(18, 2);
            e.HasIndex(p => new { p.CustomerId, p.PurchasedAt });
        });
        builder.Entity<WishItem>(e =>
        {
            e.Property(p => p.Item).HasMaxLength(300);
            e.Property(p => p.Note).HasMaxLength(500);
            e.HasIndex(p => p.CustomerId);
        });
        builder.Entity<CustomerNote>(e =>
        {
            e.Property(p => p.Text).HasMaxLength(4000);
            e.Property(p => p.Author).HasMaxLength(200);
            e.HasIndex(p => new { p.CustomerId, p.CreatedAt });
        });
        builder.Entity<MergeRecord>(e =>
        {
            e.Property(m => m.MergedName).HasMaxLength(200);
            e.Property(m => m.Actor).HasMaxLength(200);
            e.Property(m => m.Reason).HasMaxLength(1000);
            e.HasIndex(m => m.SurvivorId);
            e.HasIndex(m => m.MergedId);
        });
        builder.Entity<NotDuplicate>(e =>
        {
            e.Property(n => n.Actor).HasMaxLength(200);
            e.HasIndex(n => new { n.CustomerA, n.CustomerB }).IsUnique();
        });
        builder.Entity<AuditEntry>(e =>
        {
            e.Property(a => a.Actor).HasMaxLength(200);
            e.Property(a => a.Action).HasMaxLength(100);
            e.Property(a => a.Subject).HasMaxLength(200);
            e.HasIndex(a => a.CustomerId);
            e.HasIndex(a => a.At);
        });
        builder.Entity<Call>(e =>
        {
            e.Property(c => c.ExternalCallId).HasMaxLength(200);
            e.Property(c => c.Caller).HasMaxLength(40);
            e.Property(c => c.Called).HasMaxLength(40);
            e.HasIndex(c => c.ExternalCallId).IsUnique();
            e.HasIndex(c => new { c.CustomerId, c.ReceivedAt });
            e.HasIndex(c => c.ReceivedAt);
        });
        builder.Entity<ApiKey>(e =>
        {
            e.Property(k => k.Name).HasMaxLength(200);
            e.Property(k => k.Hash).HasMaxLength(64);
            e.Property(k => k.Role).HasMaxLength(20);
            e.HasIndex(k => k.Hash).IsUnique();
        });
        // Features added after the foundation keep their mapping beside their entities (IEntityTypeConfiguration).
        builder.ApplyConfigurationsFromAssembly(typeof(ExceedDb).Assembly);
        if (Database.IsSqlite())
        {
            StoreTimesAsUtcTicks(builder);
        }
    }

    /// <summary>SQLite cannot compare or order DateTimeOffset text, so times are stored as UTC ticks.</summary>
    private static void StoreTimesAsUtcTicks(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                if (property.ClrType == typeof(DateTimeOffset))
                {
                    property.SetValueConverter(UtcTicks.Converter);
                }
                else if (property.ClrType == typeof(DateTimeOffset?))
                {
                    property.SetValueConverter(UtcTicks.NullableConverter);
                }
            }
        }
    }
}
