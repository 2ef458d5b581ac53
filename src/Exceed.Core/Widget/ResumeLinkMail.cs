using Exceed.Core.Conversations;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Exceed.Core.Email;
using Exceed.Core.Mailboxes;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Widget;

/// <summary>
/// Mails the link back to the chat to a visitor who had to leave, from the shop's connected mailbox, in the visitor's
/// language; the conversation records whether it went, so the agent knows the customer can come back.
/// </summary>
public sealed class ResumeLinkMail(ExceedDb db, MailSender sender, ConversationService conversations)
{
    private static readonly Agent Widget = new("widget", "Chat widget");

    public async Task SendAsync(VisitorLeftEmail left, CancellationToken ct)
    {
        var mailbox = await db.Set<Mailbox>().AsNoTracking().OrderBy(m => m.Id).FirstOrDefaultAsync(ct);
        if (mailbox is null)
        {
            await conversations.AddEventAsync(left.ConversationId, "resume-link-not-mailed=no mailbox is connected", Widget, ct);
            return;
        }
        var language = await db.Set<Conversation>().AsNoTracking().Where(c => c.Id == left.ConversationId)
            .Join(db.Customers, c => c.CustomerId, p => p.Id, (c, p) => p.Language).FirstOrDefaultAsync(ct) ?? "zh-Hans";
        var shop = string.IsNullOrWhiteSpace(mailbox.DisplayName) ? mailbox.Address : mailbox.DisplayName;
        var (subject, body) = Words(language, shop, left.Link);
        try
        {
            await sender.SendNewAsync(mailbox.Settings, new EmailParty(left.Email, ""), subject, body, ct);
            await conversations.AddEventAsync(left.ConversationId, $"resume-link-mailed={left.Email}", Widget, ct);
        }
        catch (Exception error) when (error is System.Net.Sockets.SocketException or MailKit.ServiceNotConnectedException
                                          or MailKit.ServiceNotAuthenticatedException or MailKit.Net.Smtp.SmtpCommandException
                                          or MailKit.Net.Smtp.SmtpProtocolException or MailKit.Security.AuthenticationException)
        {
            await conversations.AddEventAsync(left.ConversationId, $"resume-link-not-mailed={error.Message}", Widget, ct);
        }
    }

    /// <summary>The mail's subject and text; the link is the only thing in it the visitor must act on.</summary>
    public static (string Subject, string Body) Words(string language, string shop, Uri link) => language switch
    {
        "en" => ($"Continue your chat with {shop}",
            $"Hello,\n\nThank you for chatting with {shop}. Open this link at any time in the next 30 days to continue the same conversation; we will answer there:\n\n{link}\n\n{shop}"),
        "zh-Hant" => ($"繼續您與{shop}的對話",
            $"您好，\n\n感謝您聯絡{shop}。30 天內隨時打開以下連結，即可繼續同一個對話，我們會在那裡回覆您：\n\n{link}\n\n{shop}"),
        _ => ($"继续您与{shop}的对话",
            $"您好，\n\n感谢您联系{shop}。30 天内随时打开以下链接，即可继续同一个对话，我们会在那里回复您：\n\n{link}\n\n{shop}"),
    };
}
