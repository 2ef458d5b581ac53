using System.Text;
using Exceed.Core.Email;

namespace Exceed.Core.Tests.Email;

/// <summary>An agent's reply goes out through the shop's real SMTP server and lands in the customer's thread.</summary>
public sealed class MailReplyTests
{
    private readonly MailboxSettings shop = TestMailServers.NewMailbox("service", displayName: "小美的店 客服");
    private readonly MailboxSettings customer = TestMailServers.NewMailbox("chen.li", domain: "customer.test");

    [Fact]
    public async Task A_reply_threads_under_the_customers_mail_and_arrives_from_the_shop()
    {
        var question = new CustomerMail(shop, from: customer.Address).Subject("Re: 订单 #1234 还没到").InReplyTo("ours-1@shop.test", "ours-1@shop.test");
        await question.SendAsync();
        var received = Assert.Single((await TestMailServers.WaitForMailAsync(shop)).Emails);

        var sent = await new MailSender(TimeProvider.System).SendReplyAsync(shop, ReplyTo(received, "陈女士，非常抱歉！包裹今天下午送到。"), TestContext.Current.CancellationToken);
        var answer = Assert.Single((await TestMailServers.WaitForMailAsync(customer)).Emails);

        Assert.Equal(sent.MessageId, answer.MessageId);
        Assert.EndsWith("@shop.test", answer.MessageId, StringComparison.Ordinal);
        Assert.Equal(question.MessageId, answer.InReplyTo);
        Assert.Equal(["ours-1@shop.test", question.MessageId], answer.References);
        Assert.Equal("Re: 订单 #1234 还没到", answer.Subject);
        Assert.Equal(new EmailParty(shop.Address, "小美的店 客服"), answer.From);
        Assert.Equal("陈女士，非常抱歉！包裹今天下午送到。", answer.TextBody.Trim());
    }

    [Fact]
    public async Task A_file_the_agent_attaches_reaches_the_customer()
    {
        var label = Encoding.UTF8.GetBytes("退货标签 return label #1234");
        var reply = new OutboundReply
        {
            To = new EmailParty(customer.Address, "陈丽"),
            Subject = "退货",
            TextBody = "退货标签在附件里。",
            Attachments = [new EmailAttachment("退货标签.txt", "text/plain", label)],
        };

        await new MailSender(TimeProvider.System).SendReplyAsync(shop, reply, TestContext.Current.CancellationToken);
        var answer = Assert.Single((await TestMailServers.WaitForMailAsync(customer)).Emails);

        var file = Assert.Single(answer.Attachments);
        Assert.Equal("退货标签.txt", file.FileName);
        Assert.Equal(label, file.Content);
        Assert.Equal("退货标签在附件里。", answer.TextBody.Trim());
    }

    [Fact]
    public async Task A_wrong_smtp_password_is_refused_and_nothing_is_delivered()
    {
        var wrong = new MailboxSettings
        {
            Address = shop.Address,
            Imap = shop.Imap,
            Smtp = new MailServer { Host = shop.Smtp.Host, Port = shop.Smtp.Port, Security = MailSecurity.None, UserName = shop.Address, Password = "not-the-password" },
        };
        var reply = new OutboundReply { To = new EmailParty(customer.Address, ""), Subject = "x", TextBody = "never sent" };

        await Assert.ThrowsAsync<MailKit.Security.AuthenticationException>(
            () => new MailSender(TimeProvider.System).SendReplyAsync(wrong, reply, TestContext.Current.CancellationToken));
        await new MailSender(TimeProvider.System).SendReplyAsync(shop, reply with { TextBody = "the real one" }, TestContext.Current.CancellationToken);

        Assert.Equal("the real one", Assert.Single((await TestMailServers.WaitForMailAsync(customer)).Emails).TextBody.Trim());
    }

    private static OutboundReply ReplyTo(InboundEmail email, string text) => new()
    {
        To = email.From!,
        Subject = email.Subject,
        TextBody = text,
        InReplyTo = email.MessageId,
        References = email.References,
    };
}
