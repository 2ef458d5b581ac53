using System.Net.Sockets;
using Exceed.Core.Channels;
using Exceed.Core.Conversations;
using Exceed.Core.Data;
using Exceed.Core.Email;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Mailboxes;

/// <summary>Sends an agent's reply from the conversation's mailbox, threaded under the customer's last mail.</summary>
public sealed class EmailReplySender(ExceedDb db, MailSender sender) : IReplySender
{
    public ChannelKind Channel => ChannelKind.Email;

    public async Task<string?> SendAsync(OutgoingReply reply, CancellationToken ct)
    {
        var mailbox = await db.Set<Mailbox>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == reply.Conversation.ChannelId, ct);
        if (mailbox is null)
        {
            return "The mailbox this conversation came through is no longer connected; connect it again to send this reply.";
        }
        if (string.IsNullOrWhiteSpace(reply.Recipient))
        {
            return "The customer has no email address on their card; add one to send this reply.";
        }
        var thread = await ThreadAsync(reply.Conversation.Id, reply.Entry.Id, ct);
        var files = await db.Set<Attachment>().AsNoTracking().Where(a => a.EntryId == reply.Entry.Id).ToListAsync(ct);
        SentEmail sent;
        try
        {
            sent = await sender.SendReplyAsync(mailbox.Settings, new OutboundReply
            {
                To = new EmailParty(reply.Recipient, thread.CustomerName),
                Subject = reply.Conversation.Subject,
                TextBody = reply.Entry.Text,
                InReplyTo = thread.Parent,
                References = thread.Earlier,
                Attachments = [.. files.Select(f => new EmailAttachment(f.FileName, f.ContentType, f.Content))],
            }, ct);
        }
        catch (SocketException unreachable)
        {
            return $"Could not reach the SMTP server {mailbox.Smtp.Host}:{mailbox.Smtp.Port} ({unreachable.Message}); it is tried again shortly.";
        }
        // Saved with the delivery by the round: the customer's answer carries this id in In-Reply-To and finds the conversation.
        reply.Entry.MessageId = sent.MessageId;
        return null;
    }

    private sealed record Thread(string? Parent, IReadOnlyList<string> Earlier, string CustomerName);

    /// <summary>The customer's last mail is the parent; every earlier mail either way, oldest first, is the References chain.</summary>
    private async Task<Thread> ThreadAsync(Guid conversationId, Guid replyId, CancellationToken ct)
    {
        var mails = await db.Set<ConversationEntry>().AsNoTracking()
            .Where(e => e.ConversationId == conversationId && e.Id != replyId && e.MessageId != null
                        && (e.Kind == EntryKind.CustomerMessage || e.Kind == EntryKind.AgentReply))
            .OrderBy(e => e.At).Select(e => new { e.Kind, e.MessageId, e.AuthorName }).ToListAsync(ct);
        // An id we made up for a mail that had none was never seen by the customer's mail program.
        mails.RemoveAll(m => m.MessageId!.EndsWith("@" + InboundEmailParser.SyntheticIdDomain, StringComparison.Ordinal));
        var parent = mails.LastOrDefault(m => m.Kind == EntryKind.CustomerMessage);
        var earlier = mails.Select(m => m.MessageId!).Where(id => id != parent?.MessageId).ToList();
        return new Thread(parent?.MessageId, earlier, parent?.AuthorName ?? "");
    }
}
