using Exceed.Core.Audit;
using Exceed.Core.Common;
using Exceed.Core.Data;
using Exceed.Core.Email;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Mailboxes;

/// <summary>What an admin sends to connect a mailbox; imap and smtp take host, port, security, userName, password, trustedCertificateSha256.</summary>
public sealed record MailboxInput(string? Address, string? DisplayName, string? Folder, MailServer? Imap, MailServer? Smtp)
{
    public MailboxSettings ToSettings() => new()
    {
        Address = Address?.Trim() ?? "",
        DisplayName = DisplayName?.Trim() ?? "",
        Folder = string.IsNullOrWhiteSpace(Folder) ? "INBOX" : Folder.Trim(),
        Imap = Trimmed(Imap, 993),
        Smtp = Trimmed(Smtp, 465),
    };

    private static MailServer Trimmed(MailServer? server, int defaultPort) => new()
    {
        Host = server?.Host?.Trim() ?? "",
        Port = server is null || server.Port == 0 ? defaultPort : server.Port,
        Security = server?.Security ?? MailSecurity.Auto,
        UserName = server?.UserName?.Trim() ?? "",
        Password = server?.Password ?? "",
        TrustedCertificateSha256 = server?.TrustedCertificateSha256?.Trim() ?? "",
    };
}

/// <summary>A mail server as the admin sees it: never the password.</summary>
public sealed record MailServerView(string Host, int Port, MailSecurity Security, string UserName, string? TrustedCertificateSha256);

public sealed record MailboxView(Guid Id, string Address, string DisplayName, string Folder, MailServerView Imap, MailServerView Smtp,
    DateTimeOffset CreatedAt, DateTimeOffset? LastReadAt, string? LastError, DateTimeOffset? LastErrorAt)
{
    public static MailboxView Of(Mailbox m) => new(m.Id, m.Address, m.DisplayName, m.Folder, Server(m.Imap), Server(m.Smtp),
        m.CreatedAt, m.LastReadAt, m.LastError, m.LastErrorAt);

    private static MailServerView Server(MailServer s) =>
        new(s.Host, s.Port, s.Security, s.UserName, s.TrustedCertificateSha256.Length == 0 ? null : s.TrustedCertificateSha256);
}

/// <summary>Connecting, listing and removing the shop's mailboxes.</summary>
public sealed class MailboxAdmin(ExceedDb db, MailboxCheck check, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<MailboxView>> ConnectAsync(MailboxInput input, string actor, CancellationToken ct = default)
    {
        var settings = input.ToSettings();
        if (settings.Validate() is { } invalid)
        {
            return invalid;
        }
        var address = settings.Address.ToLowerInvariant();
        if (await db.Set<Mailbox>().AnyAsync(m => m.Address == address, ct))
        {
            return Problem.Invalid("address", $"{address} is already connected; delete it first to connect it with other settings.");
        }
        if (await check.TryAsync(settings, ct) is { } unreachable)
        {
            return unreachable;
        }
        var mailbox = Mailbox.From(settings, clock.GetUtcNow());
        db.Add(mailbox);
        audit.Record(actor, "mailbox.connected", mailbox.Address, detail: new { mailbox.Id, imap = mailbox.Imap.ToString(), smtp = mailbox.Smtp.ToString() });
        await db.SaveChangesAsync(ct);
        return MailboxView.Of(mailbox);
    }

    public async Task<List<MailboxView>> ListAsync(CancellationToken ct = default) =>
        (await db.Set<Mailbox>().AsNoTracking().OrderBy(m => m.Address).ToListAsync(ct)).Select(MailboxView.Of).ToList();

    /// <summary>Stops reading and sending; the conversations it brought stay, and replies to them fail with a clear reason.</summary>
    public async Task<Outcome<bool>> DisconnectAsync(Guid id, string actor, CancellationToken ct = default)
    {
        if (await db.Set<Mailbox>().FirstOrDefaultAsync(m => m.Id == id, ct) is not { } mailbox)
        {
            return Problem.NotFound($"No mailbox with id {id}; GET /api/v1/mailboxes lists the connected ones.");
        }
        db.Remove(mailbox);
        audit.Record(actor, "mailbox.disconnected", mailbox.Address, detail: new { mailbox.Id });
        await db.SaveChangesAsync(ct);
        return true;
    }
}
