using Exceed.Core.Email;
using MimeKit;

namespace Exceed.Core.Tests.Email;

/// <summary>Builds the mail a customer's mail program would send to a shop.</summary>
public sealed class CustomerMail
{
    private MimeMessage Message { get; } = new();
    private readonly BodyBuilder body = new() { TextBody = "您好，我的订单还没到。" };

    public CustomerMail(MailboxSettings shop, string from = "chen.li@customer.test", string name = "陈丽")
    {
        Message.From.Add(new MailboxAddress(name, from));
        Message.To.Add(new MailboxAddress("小美的店", shop.Address));
        Message.Subject = "订单 #1234 还没到";
        Message.Date = new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(8));
        Message.MessageId = $"{Guid.NewGuid():N}@customer.test";
    }

    public string MessageId => Message.MessageId ?? "";

    public CustomerMail Cc(string address, string name)
    {
        Message.Cc.Add(new MailboxAddress(name, address));
        return this;
    }

    public CustomerMail Subject(string subject)
    {
        Message.Subject = subject;
        return this;
    }

    public CustomerMail InReplyTo(string parent, params string[] references)
    {
        Message.InReplyTo = parent;
        foreach (var id in references)
        {
            Message.References.Add(id);
        }
        return this;
    }

    public CustomerMail Text(string text)
    {
        body.TextBody = text;
        return this;
    }

    public CustomerMail HtmlOnly(string html)
    {
        body.TextBody = null;
        body.HtmlBody = html;
        return this;
    }

    public CustomerMail Attach(string fileName, byte[] content, string contentType)
    {
        body.Attachments.Add(fileName, content, ContentType.Parse(contentType));
        return this;
    }

    public MimeMessage Build()
    {
        Message.Body = body.ToMessageBody();
        return Message;
    }

    public Task SendAsync() => TestMailServers.SendAsync(Build());
}
