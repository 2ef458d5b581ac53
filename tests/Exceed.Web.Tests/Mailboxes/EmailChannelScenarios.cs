using System.Text;
using Exceed.Core.Email;
using Exceed.Core.Tests.Email;
using Exceed.Web.Tests.Conversations;
using Exceed.Web.Tests.Infrastructure;

namespace Exceed.Web.Tests.Mailboxes;

/// <summary>Customers' mail read from a real dovecot becomes conversations; agents' replies go out through a real postfix and thread back.</summary>
public abstract class EmailChannelScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    private readonly MailboxSettings shop = TestMailServers.NewMailbox("service", displayName: "小美的店 客服");
    private readonly MailboxSettings customer = TestMailServers.NewMailbox("chen.li", domain: "customer.test");

    [Fact]
    public async Task Customer_mail_becomes_a_conversation_with_the_customer_known_by_address()
    {
        var id = await CreateAsync(CustomerBuilder.Named("陈丽").Email(customer.Address));
        var mailbox = await ConnectAfterFirstMailAsync(new CustomerMail(shop, from: customer.Address).Text("您好，订单 #1234 还没到。"));

        var conversation = await OnlyConversationAsync();

        Assert.Equal(id, conversation.Id("customerId"));
        Assert.Equal("email", conversation.Text("channel"));
        Assert.Equal(mailbox, conversation.Id("channelId"));
        Assert.Equal("订单 #1234 还没到", conversation.Text("subject"));
        var entry = Assert.Single(conversation.GetProperty("entries").EnumerateArray());
        Assert.Equal("您好，订单 #1234 还没到。", entry.Text("text"));
        Assert.Equal("陈丽", entry.Text("authorName"));
    }

    [Fact]
    public async Task Mail_from_a_stranger_creates_their_customer_record_with_the_address()
    {
        await ConnectAfterFirstMailAsync(new CustomerMail(shop, from: customer.Address, name: "Chen Li"));

        var card = await Api.CardAsync("email", customer.Address);

        Assert.Equal("Chen Li", card.Text("displayName"));
        Assert.Equal(card.Id("id"), (await OnlyConversationAsync()).Id("customerId"));
    }

    [Fact]
    public async Task The_same_mail_fetched_twice_is_stored_once()
    {
        var raw = Raw(new CustomerMail(shop, from: customer.Address).Text("同一封邮件"));
        await TestMailServers.AppendRawAsync(shop, raw);
        await Api.ConnectAsync(shop);
        await App.ReadMailUntilAsync(async () => await ConversationCountAsync() > 0);

        await TestMailServers.AppendRawAsync(shop, raw);
        await App.ReadMailOnceAsync();

        var conversation = await OnlyConversationAsync();
        Assert.Single(conversation.GetProperty("entries").EnumerateArray());
    }

    [Fact]
    public async Task Agent_reply_reaches_the_customer_threaded_under_their_mail()
    {
        var question = new CustomerMail(shop, from: customer.Address);
        await ConnectAfterFirstMailAsync(question);
        var conversation = await OnlyConversationAsync();

        await Api.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id("id")}/replies", new { text = "陈女士，包裹今天下午送到。" }, Ct).OkAsync();
        var answer = await MailboxApi.ReplyInAsync(customer);

        Assert.Equal(question.MessageId, answer.InReplyTo);
        Assert.Equal([question.MessageId], answer.References);
        Assert.Equal(new EmailParty(shop.Address, "小美的店 客服"), answer.From);
        Assert.Equal("Re: 订单 #1234 还没到", answer.Subject);
        Assert.Equal("陈女士，包裹今天下午送到。", answer.TextBody.Trim());
        var reply = (await MessagesAsync(conversation.Id("id")))[1];
        Assert.Equal(answer.MessageId, reply.Text("messageId"));
        Assert.Equal("sent", reply.Text("delivery"));
    }

    [Fact]
    public async Task Customer_answer_to_our_reply_lands_in_the_same_conversation()
    {
        var question = new CustomerMail(shop, from: customer.Address);
        await ConnectAfterFirstMailAsync(question);
        var conversation = (await OnlyConversationAsync()).Id("id");
        await Api.PostAsJsonAsync($"/api/v1/conversations/{conversation}/replies", new { text = "请问订单号是多少？" }, Ct).OkAsync();
        var ours = await MailboxApi.ReplyInAsync(customer);

        await new CustomerMail(shop, from: customer.Address).Subject(ours.Subject).Text("订单号 1234。")
            .InReplyTo(ours.MessageId, [.. ours.References, ours.MessageId]).SendAsync();
        await App.ReadMailUntilAsync(async () => (await MessagesAsync(conversation)).Count >= 3);

        Assert.Equal(1, await ConversationCountAsync());
        var messages = await MessagesAsync(conversation);
        Assert.Equal(["customerMessage", "agentReply", "customerMessage"], messages.Select(e => e.Text("kind")));
        Assert.Equal("订单号 1234。", messages[2].Text("text"));
    }

    [Fact]
    public async Task A_new_mail_without_reply_headers_starts_a_new_conversation()
    {
        await ConnectAfterFirstMailAsync(new CustomerMail(shop, from: customer.Address));

        await new CustomerMail(shop, from: customer.Address).Subject("另一个问题：发票").SendAsync();
        await App.ReadMailUntilAsync(async () => await ConversationCountAsync() >= 2);

        Assert.Equal(2, await ConversationCountAsync());
    }

    private async Task<Guid> ConnectAfterFirstMailAsync(CustomerMail mail)
    {
        // The test mailbox exists from its first delivery on, as a real shop's does before it is connected.
        await mail.SendAsync();
        await TestMailServers.WaitForMailAsync(shop);
        var mailbox = await Api.ConnectAsync(shop);
        await App.ReadMailUntilAsync(async () => await ConversationCountAsync() > 0);
        return mailbox;
    }

    /// <summary>What passed between customer and shop, without the status events.</summary>
    private async Task<List<JsonElement>> MessagesAsync(Guid conversation) =>
        [.. (await Api.ConversationAsync(conversation)).GetProperty("entries").EnumerateArray().Where(e => e.Text("kind") is "customerMessage" or "agentReply")];

    private async Task<int> ConversationCountAsync() => (await Api.InboxAsync("view=all")).GetArrayLength();

    private async Task<JsonElement> OnlyConversationAsync()
    {
        var inbox = await Api.InboxAsync("view=all");
        Assert.Equal(1, inbox.GetArrayLength());
        return await Api.ConversationAsync(inbox[0].Id("id"));
    }

    private static byte[] Raw(CustomerMail mail)
    {
        using var stream = new MemoryStream();
        mail.Build().WriteTo(stream);
        return stream.ToArray();
    }
}

public sealed class EmailChannelOnSqlite(SqliteExceed app) : EmailChannelScenarios<SqliteExceed>(app);
public sealed class EmailChannelOnPostgres(PostgresExceed app) : EmailChannelScenarios<PostgresExceed>(app);
