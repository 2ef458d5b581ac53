using Exceed.Core.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Exceed.Core.Mailboxes;

/// <summary>A shop mailbox connected as an email channel: how to reach it, where reading stopped, and what last went wrong.</summary>
public sealed class Mailbox
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Address { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Folder { get; set; } = "INBOX";
    public MailServer Imap { get; set; } = new();
    public MailServer Smtp { get; set; } = new();
    /// <summary>The folder's UIDVALIDITY when it was last read; null until the first read.</summary>
    public long? UidValidity { get; set; }
    public long LastUid { get; set; }
    public DateTimeOffset? LastReadAt { get; set; }
    /// <summary>Why the last read failed, for the admin; cleared by the next good read.</summary>
    public string? LastError { get; set; }
    public DateTimeOffset? LastErrorAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public MailboxSettings Settings => new() { Address = Address, DisplayName = DisplayName, Folder = Folder, Imap = Imap, Smtp = Smtp };

    public MailboxPosition? Position => UidValidity is { } validity ? new MailboxPosition((uint)validity, (uint)LastUid) : null;

    public static Mailbox From(MailboxSettings settings, DateTimeOffset now) => new()
    {
        Address = settings.Address.Trim().ToLowerInvariant(),
        DisplayName = settings.DisplayName.Trim(),
        Folder = settings.Folder.Trim(),
        Imap = settings.Imap,
        Smtp = settings.Smtp,
        CreatedAt = now,
    };
}

internal sealed class MailboxMapping : IEntityTypeConfiguration<Mailbox>
{
    public void Configure(EntityTypeBuilder<Mailbox> e)
    {
        e.Property(m => m.Address).HasMaxLength(320);
        e.Property(m => m.DisplayName).HasMaxLength(200);
        e.Property(m => m.Folder).HasMaxLength(200);
        e.Property(m => m.LastError).HasMaxLength(1000);
        e.OwnsOne(m => m.Imap, Server);
        e.OwnsOne(m => m.Smtp, Server);
        e.Navigation(m => m.Imap).IsRequired();
        e.Navigation(m => m.Smtp).IsRequired();
        e.Ignore(m => m.Settings);
        e.Ignore(m => m.Position);
        e.HasIndex(m => m.Address).IsUnique();
    }

    private static void Server(OwnedNavigationBuilder<Mailbox, MailServer> s)
    {
        s.Property(x => x.Host).HasMaxLength(255);
        s.Property(x => x.Security).HasConversion<string>().HasMaxLength(20);
        s.Property(x => x.UserName).HasMaxLength(320);
        s.Property(x => x.Password).HasMaxLength(1000);
        s.Property(x => x.TrustedCertificateSha256).HasMaxLength(200);
    }
}
