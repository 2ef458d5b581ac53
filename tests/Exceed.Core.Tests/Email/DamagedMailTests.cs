using System.Text;
using Exceed.Core.Email;

namespace Exceed.Core.Tests.Email;

/// <summary>Broken mail stored in the real mailbox is never lost: it comes back whole, with a warning and a stable id.</summary>
public sealed class DamagedMailTests
{
    private readonly MailboxSettings shop = TestMailServers.NewMailbox("service");

    [Fact]
    public async Task A_malformed_mail_comes_back_as_its_raw_bytes_with_a_warning()
    {
        var raw = Encoding.UTF8.GetBytes("这不是一封邮件 \u0001\u0002 no headers at all\r\n<<<>>>\r\n--boundary-without-start\r\n");

        await TestMailServers.AppendRawAsync(shop, raw);
        var email = Assert.Single((await TestMailServers.WaitForMailAsync(shop)).Emails);

        Assert.Equal(raw, email.Raw);
        Assert.NotEmpty(email.Warnings);
        Assert.False(email.HasOwnMessageId);
    }

    [Fact]
    public async Task A_mail_without_message_id_gets_the_same_synthetic_id_every_time_it_is_read()
    {
        var raw = Encoding.UTF8.GetBytes("From: 陈丽 <chen.li@customer.test>\r\nSubject: no id\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n订单没到\r\n");
        await TestMailServers.AppendRawAsync(shop, raw);

        var first = Assert.Single((await TestMailServers.WaitForMailAsync(shop)).Emails);
        var second = Assert.Single((await new MailboxReader().ReadNewAsync(shop, null, TestContext.Current.CancellationToken)).Emails);

        Assert.False(first.HasOwnMessageId);
        Assert.EndsWith("@" + InboundEmailParser.SyntheticIdDomain, first.MessageId, StringComparison.Ordinal);
        Assert.Equal(first.MessageId, second.MessageId);
        Assert.Equal("订单没到", first.TextBody.Trim());
        Assert.Equal("chen.li@customer.test", first.From?.Address);
    }

    [Fact]
    public async Task Two_different_mails_without_message_id_get_different_ids()
    {
        await TestMailServers.AppendRawAsync(shop, Encoding.ASCII.GetBytes("From: a@customer.test\r\nSubject: one\r\n\r\nfirst\r\n"));
        await TestMailServers.AppendRawAsync(shop, Encoding.ASCII.GetBytes("From: a@customer.test\r\nSubject: two\r\n\r\nsecond\r\n"));

        var emails = (await new MailboxReader().ReadNewAsync(shop, null, TestContext.Current.CancellationToken)).Emails;

        Assert.Equal(2, emails.Select(e => e.MessageId).Distinct().Count());
    }
}
