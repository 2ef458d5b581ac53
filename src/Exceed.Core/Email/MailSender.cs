namespace Exceed.Core.Email;

/// <summary>Sends agents' replies through the shop's own SMTP server.</summary>
public sealed class MailSender(TimeProvider clock)
{
    public async Task<SentEmail> SendReplyAsync(MailboxSettings mailbox, OutboundReply reply, CancellationToken cancellationToken)
    {
        var message = ReplyComposer.Compose(mailbox, reply, clock.GetUtcNow());
        await SendAsync(mailbox, message, cancellationToken);

        using var raw = new MemoryStream();
        await message.WriteToAsync(raw, cancellationToken);
        return new SentEmail(message.MessageId ?? "", message.Subject ?? "", message.InReplyTo, [.. message.References], message.Date, raw.ToArray());
    }

    /// <summary>Sends a new mail (not an answer to one) with a plain-text body, from the shop's mailbox.</summary>
    public async Task SendNewAsync(MailboxSettings mailbox, EmailParty to, string subject, string text, CancellationToken cancellationToken)
    {
        var message = new MimeKit.MimeMessage
        {
            MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(mailbox.MessageIdDomain),
            Date = clock.GetUtcNow(),
            Subject = subject,
            Body = new MimeKit.TextPart("plain") { Text = text },
        };
        message.From.Add(mailbox.Sender);
        message.To.Add(new MimeKit.MailboxAddress(to.Name, to.Address));
        await SendAsync(mailbox, message, cancellationToken);
    }

    private static async Task SendAsync(MailboxSettings mailbox, MimeKit.MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = await MailConnections.OpenSmtpAsync(mailbox.Smtp, cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
