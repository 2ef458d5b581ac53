using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Exceed.Core.Email;

/// <summary>Opens a logged-in IMAP or SMTP session with a mailbox's settings.</summary>
internal static class MailConnections
{
    // A stalled server must not hold a poller or an agent's send forever.
    private const int TimeoutMilliseconds = 60_000;

    public static async Task<ImapClient> OpenImapAsync(MailServer server, CancellationToken cancellationToken)
    {
        var client = new ImapClient { Timeout = TimeoutMilliseconds, ServerCertificateValidationCallback = CertificateTrust.For(server) };
        try
        {
            await client.ConnectAsync(server.Host, server.Port, Options(server.Security), cancellationToken);
            await client.AuthenticateAsync(server.UserName, server.Password, cancellationToken);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public static async Task<SmtpClient> OpenSmtpAsync(MailServer server, CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = TimeoutMilliseconds, ServerCertificateValidationCallback = CertificateTrust.For(server) };
        try
        {
            await client.ConnectAsync(server.Host, server.Port, Options(server.Security), cancellationToken);
            if (server.UserName.Length > 0)
            {
                await client.AuthenticateAsync(server.UserName, server.Password, cancellationToken);
            }
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static SecureSocketOptions Options(MailSecurity security) => security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
