using System.Net.Sockets;
using System.Text;
using Exceed.Core.Email;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Exceed.Core.Tests.Email;

/// <summary>The private dovecot (IMAP) and postfix (SMTP) that scripts/services.sh starts; every address is a mailbox.</summary>
public static class TestMailServers
{
    public static (string Host, int Port) Imap => Endpoint("EXCEED_TEST_IMAP");
    public static (string Host, int Port) Imaps => Endpoint("EXCEED_TEST_IMAPS");
    public static (string Host, int Port) Smtp => Endpoint("EXCEED_TEST_SMTP");
    /// <summary>The fingerprint of the servers' throwaway self-signed certificate.</summary>
    public static string CertificateSha256 => Variable("EXCEED_TEST_MAIL_CERT_SHA256");
    public static string Password => Variable("EXCEED_TEST_MAIL_PASSWORD");

    // Delivery takes milliseconds; this only bounds how long a broken setup hangs before the test fails.
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(30);

    /// <summary>A mailbox of its own for one test, so tests never see each other's mail.</summary>
    public static MailboxSettings NewMailbox(string who, string domain = "shop.test", string displayName = "")
    {
        var address = $"{who}-{Guid.NewGuid():N}"[..(who.Length + 13)] + "@" + domain;
        return new MailboxSettings
        {
            Address = address,
            DisplayName = displayName,
            Imap = new MailServer { Host = Imap.Host, Port = Imap.Port, Security = MailSecurity.None, UserName = address, Password = Password },
            Smtp = new MailServer { Host = Smtp.Host, Port = Smtp.Port, Security = MailSecurity.None, UserName = address, Password = Password },
        };
    }

    /// <summary>Sends as a customer's own mail program would: through the SMTP server, without logging in.</summary>
    public static async Task SendAsync(MimeMessage message)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(Smtp.Host, Smtp.Port, SecureSocketOptions.None, TestContext.Current.CancellationToken);
        await client.SendAsync(message, TestContext.Current.CancellationToken);
        await client.DisconnectAsync(true, TestContext.Current.CancellationToken);
    }

    /// <summary>Waits until delivery has put at least one new mail in the mailbox (SMTP hands it on asynchronously).</summary>
    public static async Task<MailboxBatch> WaitForMailAsync(MailboxSettings mailbox, MailboxPosition? since = null)
    {
        var reader = new MailboxReader();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var batch = await reader.ReadNewAsync(mailbox, since, TestContext.Current.CancellationToken);
                if (batch.Emails.Count > 0 || waited.Elapsed > GiveUpAfter)
                {
                    return batch;
                }
            }
            catch (MailKit.FolderNotFoundException) when (waited.Elapsed <= GiveUpAfter)
            {
                // The mailbox is created by its first delivery.
            }
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Stores bytes in the mailbox exactly as given (IMAP APPEND), as a broken mail program or server might.</summary>
    public static async Task AppendRawAsync(MailboxSettings mailbox, byte[] raw)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(Imap.Host, Imap.Port, TestContext.Current.CancellationToken);
        await using var stream = tcp.GetStream();
        using var replies = new StreamReader(stream, Encoding.ASCII);
        await replies.ReadLineAsync(TestContext.Current.CancellationToken);
        await CommandAsync(stream, replies, $"a1 LOGIN \"{mailbox.Imap.UserName}\" \"{mailbox.Imap.Password}\"", "a1");
        await WriteAsync(stream, $"a2 APPEND INBOX {{{raw.Length}}}\r\n");
        var go = await replies.ReadLineAsync(TestContext.Current.CancellationToken);
        Assert.StartsWith("+", go);
        await stream.WriteAsync(raw, TestContext.Current.CancellationToken);
        await CommandAsync(stream, replies, "", "a2");
        await CommandAsync(stream, replies, "a3 LOGOUT", "a3");
    }

    private static async Task CommandAsync(NetworkStream stream, StreamReader replies, string command, string tag)
    {
        await WriteAsync(stream, command + "\r\n");
        string? line;
        do
        {
            line = await replies.ReadLineAsync(TestContext.Current.CancellationToken);
        }
        while (line is not null && !line.StartsWith(tag + " ", StringComparison.Ordinal));
        Assert.StartsWith(tag + " OK", line);
    }

    private static Task WriteAsync(NetworkStream stream, string text) =>
        stream.WriteAsync(Encoding.ASCII.GetBytes(text), TestContext.Current.CancellationToken).AsTask();

    private static (string Host, int Port) Endpoint(string name)
    {
        var value = Variable(name);
        var colon = value.LastIndexOf(':');
        return (value[..colon], int.Parse(value[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The test script always starts the mail servers; a missing one is a broken setup, so it fails rather than skips.</summary>
    private static string Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException(
            $"{name} is not set. The email tests need the private dovecot and postfix that scripts/services.sh starts "
            + "(scripts/test.sh does it; by hand: eval \"$(scripts/services.sh start)\").");
}
