namespace Exceed.Core.Email;

/// <summary>Sends agents' replies through the shop's own SMTP server.</summary>
public sealed class MailSender(TimeProvider clock)
{
    public async Task<SentEmail> SendReplyAsync(MailboxSettings mailbox, OutboundReply reply, CancellationToken cancellationToken)
    {
        var message = ReplyComposer.Compose(mailbox, reply, clock.GetUtcNow());
        using var client = await MailConnections.OpenSmtpAsync(mailbox.Smtp, cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);

        using var raw = new MemoryStream();
        await message.WriteToAsync(raw, cancellationToken);
        return new SentEmail(message.MessageId ?? "", message.Subject ?? "", message.InReplyTo, [.. message.References], message.Date, raw.ToArray());
    }
}
