using MimeKit;
using MimeKit.Utils;

namespace Exceed.Core.Email;

/// <summary>Builds the MIME message of an agent's reply: From the shop, threaded under the customer's mail.</summary>
public static class ReplyComposer
{
    // Mail programs stop reading very long References headers; RFC 5322 suggests keeping the first and the most recent.
    private const int MaxReferences = 20;

    public static MimeMessage Compose(MailboxSettings mailbox, OutboundReply reply, DateTimeOffset now)
    {
        var message = new MimeMessage
        {
            MessageId = MimeUtils.GenerateMessageId(mailbox.MessageIdDomain),
            Date = now,
            Subject = ReplySubject.For(reply.Subject),
        };
        message.From.Add(mailbox.Sender);
        message.To.Add(new MailboxAddress(reply.To.Name, reply.To.Address));
        if (reply.InReplyTo is { Length: > 0 } parent)
        {
            message.InReplyTo = parent;
        }
        foreach (var id in Chain(reply))
        {
            message.References.Add(id);
        }
        var body = new BodyBuilder { TextBody = reply.TextBody };
        foreach (var file in reply.Attachments)
        {
            body.Attachments.Add(file.FileName, file.Content, ContentType.Parse(file.ContentType));
        }
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>The parent's References followed by the parent itself, each once, trimmed to the first and the latest.</summary>
    public static IReadOnlyList<string> Chain(OutboundReply reply)
    {
        var chain = new List<string>();
        foreach (var id in reply.References.Append(reply.InReplyTo ?? ""))
        {
            if (id.Length > 0 && !chain.Contains(id))
            {
                chain.Add(id);
            }
        }
        return chain.Count <= MaxReferences ? chain : [chain[0], .. chain.Skip(chain.Count - (MaxReferences - 1))];
    }
}
