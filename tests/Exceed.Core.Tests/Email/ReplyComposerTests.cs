using Exceed.Core.Email;

namespace Exceed.Core.Tests.Email;

public sealed class ReplyComposerTests
{
    private static readonly MailboxSettings Shop = new() { Address = "service@shop.example", DisplayName = "小美的店" };
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_reply_is_from_the_shop_with_a_message_id_on_the_shops_domain_and_threads_under_the_customer()
    {
        var reply = new OutboundReply
        {
            To = new EmailParty("chen.li@customer.test", "陈丽"),
            Subject = "Re: 订单",
            TextBody = "您好",
            InReplyTo = "c2@customer.test",
            References = ["s1@shop.example", "c2@customer.test"],
        };

        var message = ReplyComposer.Compose(Shop, reply, Now);

        Assert.EndsWith("@shop.example", message.MessageId, StringComparison.Ordinal);
        Assert.Equal("service@shop.example", message.From.Mailboxes.Single().Address);
        Assert.Equal("小美的店", message.From.Mailboxes.Single().Name);
        Assert.Equal("c2@customer.test", message.InReplyTo);
        Assert.Equal(["s1@shop.example", "c2@customer.test"], message.References);
        Assert.Equal(Now, message.Date);
    }

    [Fact]
    public void A_very_long_thread_keeps_the_first_and_the_latest_references()
    {
        var ids = Enumerable.Range(1, 30).Select(i => $"{i}@customer.test").ToArray();
        var reply = new OutboundReply { To = new EmailParty("a@customer.test", ""), Subject = "x", TextBody = "x", InReplyTo = "31@customer.test", References = ids };

        var chain = ReplyComposer.Chain(reply);

        Assert.Equal(20, chain.Count);
        Assert.Equal("1@customer.test", chain[0]);
        Assert.Equal("13@customer.test", chain[1]);
        Assert.Equal("31@customer.test", chain[^1]);
    }
}
