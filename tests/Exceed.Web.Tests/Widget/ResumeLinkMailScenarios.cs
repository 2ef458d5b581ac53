using Exceed.Core.Tests.Email;
using Exceed.Web.Tests.Conversations;
using Exceed.Web.Tests.Infrastructure;
using Exceed.Web.Tests.Mailboxes;

namespace Exceed.Web.Tests.Widget;

/// <summary>A visitor who has to go leaves an email and finds the link back to the same chat in their inbox.</summary>
public abstract class ResumeLinkMailScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    private readonly Core.Email.MailboxSettings shop = TestMailServers.NewMailbox("service", displayName: "小美的店");
    private readonly Core.Email.MailboxSettings visitorInbox = TestMailServers.NewMailbox("visitor", domain: "customer.test");

    [Fact]
    public async Task Visitor_gets_the_link_back_to_the_chat_by_email_from_the_shop()
    {
        await Api.ConnectAsync(shop);
        using var visitor = await Visitor.StartAsync(App);
        var conversation = (await visitor.SaidAsync("退货地址是哪里？")).Id("conversationId");

        var left = await visitor.PostAsync("/widget/api/email", JsonContent.Create(new { email = visitorInbox.Address })).OkAsync();

        var mail = Assert.Single((await TestMailServers.WaitForMailAsync(visitorInbox)).Emails);
        Assert.Equal(shop.Address, mail.From?.Address);
        Assert.Contains(left.Text("link"), mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("小美的店", mail.Subject, StringComparison.Ordinal);
        await EventuallyAsync(conversation, $"resume-link-mailed={visitorInbox.Address}");
    }

    [Fact]
    public async Task Without_a_connected_mailbox_the_agent_sees_that_the_link_was_not_mailed()
    {
        using var visitor = await Visitor.StartAsync(App);
        var conversation = (await visitor.SaidAsync("What is the return address?")).Id("conversationId");

        await visitor.PostAsync("/widget/api/email", JsonContent.Create(new { email = "visitor@example.com" })).OkAsync();

        await EventuallyAsync(conversation, "resume-link-not-mailed=no mailbox is connected");
    }

    /// <summary>The mail goes after the visitor's answer; its outcome is written to the conversation shortly after.</summary>
    private async Task EventuallyAsync(Guid conversation, string text)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var entries = (await Api.ConversationAsync(conversation)).GetProperty("entries").EnumerateArray();
            if (entries.Any(e => e.Text("text") == text) || waited.Elapsed > TimeSpan.FromSeconds(30))
            {
                Assert.Contains(entries, e => e.Text("text") == text);
                return;
            }
            await Task.Delay(100, Ct);
        }
    }
}

public sealed class ResumeLinkMailOnSqlite(SqliteExceed app) : ResumeLinkMailScenarios<SqliteExceed>(app);
public sealed class ResumeLinkMailOnPostgres(PostgresExceed app) : ResumeLinkMailScenarios<PostgresExceed>(app);
