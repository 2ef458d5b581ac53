using Exceed.Core.Common;
using MimeKit;

namespace Exceed.Core.Email;

/// <summary>How the connection to a mail server is protected.</summary>
public enum MailSecurity
{
    /// <summary>TLS on connect for the well-known TLS ports (993, 465), STARTTLS when the server offers it otherwise.</summary>
    Auto,
    /// <summary>Plain text; only for a server on the same machine or a trusted network.</summary>
    None,
    /// <summary>Connect in plain text, then upgrade with STARTTLS; refuse a server that cannot.</summary>
    StartTls,
    /// <summary>TLS from the first byte (IMAPS 993, SMTPS 465).</summary>
    SslOnConnect,
}

/// <summary>One mail server: where it is, how to protect the connection, who to log in as.</summary>
public sealed class MailServer
{
    public string Host { get; set; } = "";
    public int Port { get; set; }
    public MailSecurity Security { get; set; } = MailSecurity.Auto;
    /// <summary>Empty for a server that needs no login (SMTP only).</summary>
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
    /// <summary>
    /// For a shop's own server with a self-signed certificate: its SHA-256 fingerprint (hex, colons allowed).
    /// That certificate, and only that one, is then trusted; empty means the usual public certificate checks.
    /// </summary>
    public string TrustedCertificateSha256 { get; set; } = "";

    /// <summary>Safe to log: never shows the password.</summary>
    public override string ToString() =>
        $"{(UserName.Length > 0 ? UserName + " at " : "")}{Host}:{Port} ({Security})";
}

/// <summary>A shop's mailbox: IMAP to read what customers send, SMTP to send the agents' replies.</summary>
public sealed class MailboxSettings
{
    /// <summary>The shop's address, e.g. service@shop.example: the From of every reply.</summary>
    public string Address { get; set; } = "";
    /// <summary>The name customers see beside the address, e.g. 小美的店 客服.</summary>
    public string DisplayName { get; set; } = "";
    public MailServer Imap { get; set; } = new() { Port = 993 };
    public MailServer Smtp { get; set; } = new() { Port = 465 };
    /// <summary>The IMAP folder customers' mail arrives in.</summary>
    public string Folder { get; set; } = "INBOX";

    /// <summary>The right-hand side of the Message-IDs we generate: the shop's own domain.</summary>
    public string MessageIdDomain => MailboxAddress.TryParse(Address, out var address) && address.Domain.Length > 0
        ? address.Domain
        : "exceed.invalid";

    public MailboxAddress Sender => new(DisplayName, Address);

    /// <summary>Safe to log: never shows a password.</summary>
    public override string ToString() => $"{Address} (IMAP {Imap}; SMTP {Smtp})";

    /// <summary>What is missing or wrong, named by field, before anyone tries to connect; null when usable.</summary>
    public Problem? Validate()
    {
        var errors = new FieldErrors();
        if (!MailboxAddress.TryParse(Address, out var parsed) || parsed.Domain.Length == 0 || Address.Contains(' ', StringComparison.Ordinal))
        {
            errors.Add("address", "Address must be the mailbox's email address, such as service@shop.example.");
        }
        errors.Limit("displayName", DisplayName, "Display name", 200);
        errors.Require("folder", Folder, "Folder (usually INBOX)", 200);
        CheckServer(errors, "imap", "IMAP", Imap, loginRequired: true);
        CheckServer(errors, "smtp", "SMTP", Smtp, loginRequired: false);
        return errors.Any ? errors.ToProblem() : null;
    }

    private static void CheckServer(FieldErrors errors, string field, string label, MailServer server, bool loginRequired)
    {
        errors.Require($"{field}.host", server.Host, $"{label} server name", 255);
        if (server.Port is < 1 or > 65535)
        {
            errors.Add($"{field}.port", $"{label} port must be between 1 and 65535 (your provider's help page names it, often {(field == "imap" ? "993" : "465 or 587")}).");
        }
        if (!Enum.IsDefined(server.Security))
        {
            errors.Add($"{field}.security", $"{label} security must be Auto, None, StartTls or SslOnConnect.");
        }
        if (server.TrustedCertificateSha256.Length > 0 && CertificateTrust.Normalize(server.TrustedCertificateSha256).Length != 64)
        {
            errors.Add($"{field}.trustedCertificateSha256", $"{label} certificate fingerprint must be the 64 hex digits of its SHA-256 fingerprint, or empty.");
        }
        if (loginRequired || server.UserName.Length > 0)
        {
            errors.Require($"{field}.userName", server.UserName, $"{label} user name", 320);
            errors.Require($"{field}.password", server.Password, $"{label} password (or app password)", 1000);
        }
    }
}
