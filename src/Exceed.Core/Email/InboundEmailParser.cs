using System.Security.Cryptography;
using MimeKit;

namespace Exceed.Core.Email;

/// <summary>Turns the raw bytes of a mail into an <see cref="InboundEmail"/>; whatever happens, the bytes are never lost.</summary>
public static class InboundEmailParser
{
    /// <summary>The domain of Message-IDs we make up for mail that came without one; never a real host.</summary>
    public const string SyntheticIdDomain = "synthetic.exceed.invalid";

    public static InboundEmail Parse(byte[] raw, uint? uid = null)
    {
        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(raw, writable: false);
            message = MimeMessage.Load(stream);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new InboundEmail
            {
                MessageId = SyntheticMessageId(raw),
                Raw = raw,
                Uid = uid,
                Warnings = [$"The mail could not be read ({e.Message}); it is kept exactly as it arrived."],
            };
        }
        return FromMessage(message, raw, uid);
    }

    /// <summary>The same bytes always give the same id, so a mail without a Message-ID is still stored once.</summary>
    public static string SyntheticMessageId(byte[] raw) =>
        $"{Convert.ToHexStringLower(SHA256.HashData(raw))[..40]}@{SyntheticIdDomain}";

    private static InboundEmail FromMessage(MimeMessage message, byte[] raw, uint? uid)
    {
        var warnings = new List<string>();
        if (message.Headers.Count == 0)
        {
            warnings.Add("The mail has no headers; it is kept exactly as it arrived.");
        }
        var from = message.From.Mailboxes.Select(Party).FirstOrDefault(p => p.Address.Contains('@', StringComparison.Ordinal));
        if (from is null)
        {
            warnings.Add("No sender address could be read from the mail.");
        }
        var ownId = string.IsNullOrWhiteSpace(message.MessageId) ? null : message.MessageId.Trim();
        var html = Safely(() => message.HtmlBody, "The HTML part could not be decoded.", warnings);
        var text = Safely(() => message.TextBody, "The text part could not be decoded.", warnings);
        if (text is null && html is not null)
        {
            text = MailHtml.ToText(html);
        }
        return new InboundEmail
        {
            MessageId = ownId ?? SyntheticMessageId(raw),
            HasOwnMessageId = ownId is not null,
            InReplyTo = string.IsNullOrWhiteSpace(message.InReplyTo) ? null : message.InReplyTo.Trim(),
            References = [.. message.References],
            From = from,
            To = [.. message.To.Mailboxes.Select(Party)],
            Cc = [.. message.Cc.Mailboxes.Select(Party)],
            Subject = message.Subject ?? "",
            Date = ReadDate(message, warnings),
            TextBody = text ?? "",
            SafeHtml = html is null ? null : MailHtml.Sanitize(html),
            Attachments = MailAttachments.Read(message, warnings),
            Raw = raw,
            Uid = uid,
            Warnings = warnings,
        };
    }

    private static EmailParty Party(MailboxAddress mailbox) =>
        new(mailbox.Address.Trim().ToLowerInvariant(), mailbox.Name?.Trim() ?? "");

    private static DateTimeOffset? ReadDate(MimeMessage message, List<string> warnings)
    {
        if (!message.Headers.Contains(HeaderId.Date))
        {
            return null;
        }
        if (message.Date == DateTimeOffset.MinValue)
        {
            warnings.Add($"The Date header could not be read: \"{message.Headers[HeaderId.Date]}\".");
            return null;
        }
        return message.Date;
    }

    private static string? Safely(Func<string?> read, string warning, List<string> warnings)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            warnings.Add($"{warning} ({e.Message})");
            return null;
        }
    }
}
