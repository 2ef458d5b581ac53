using System.Net.Sockets;
using Exceed.Core.Common;
using Exceed.Core.Email;
using MailKit;
using MailKit.Security;

namespace Exceed.Core.Mailboxes;

/// <summary>Logs in to both servers before a mailbox is saved, so a wrong password shows now and not as silence later.</summary>
public sealed class MailboxCheck
{
    /// <summary>Null when IMAP opens the folder and SMTP accepts the login; otherwise the problem, named by field.</summary>
    public async Task<Problem?> TryAsync(MailboxSettings settings, CancellationToken ct)
    {
        var imap = await TryServerAsync("imap", "IMAP", settings.Imap, async () =>
        {
            using var client = await MailConnections.OpenImapAsync(settings.Imap, ct);
            var folder = await client.GetFolderAsync(settings.Folder, ct);
            await folder.OpenAsync(FolderAccess.ReadOnly, ct);
            await client.DisconnectAsync(true, ct);
        });
        if (imap is { Folder: true })
        {
            return Problem.Invalid("folder", $"The IMAP server has no folder \"{settings.Folder}\"; customers' mail usually arrives in INBOX.");
        }
        var smtp = await TryServerAsync("smtp", "SMTP", settings.Smtp, async () =>
        {
            using var client = await MailConnections.OpenSmtpAsync(settings.Smtp, ct);
            await client.DisconnectAsync(true, ct);
        });
        var errors = new Dictionary<string, string[]>();
        foreach (var failure in new[] { imap, smtp }.OfType<Failure>())
        {
            errors[failure.Field] = [failure.Message];
        }
        return errors.Count == 0 ? null : new Problem(400, "The mailbox could not be reached", string.Join(" ", errors.Values.SelectMany(m => m)), errors);
    }

    private sealed record Failure(string Field, string Message, bool Folder = false);

    private static async Task<Failure?> TryServerAsync(string field, string label, MailServer server, Func<Task> open)
    {
        try
        {
            await open();
            return null;
        }
        catch (FolderNotFoundException)
        {
            return new Failure("folder", "", Folder: true);
        }
        catch (AuthenticationException)
        {
            return new Failure($"{field}.password", $"The {label} server {server.Host} refused the user name or password; many providers need an app password (授权码) and IMAP/SMTP switched on in the mailbox's web settings.");
        }
        catch (SslHandshakeException)
        {
            return new Failure($"{field}.security", $"The {label} server {server.Host}:{server.Port} did not complete TLS with a trusted certificate; check the port and security, or pin a self-signed certificate's SHA-256 fingerprint.");
        }
        catch (Exception e) when (e is SocketException or IOException or TimeoutException or ProtocolException or CommandException or NotSupportedException)
        {
            return new Failure($"{field}.host", $"Could not talk to the {label} server at {server.Host}:{server.Port} ({e.Message}); check the server name, port and security.");
        }
    }
}
