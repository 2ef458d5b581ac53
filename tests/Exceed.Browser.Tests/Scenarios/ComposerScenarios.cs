using Exceed.Browser.Tests.Infrastructure;
using Exceed.Browser.Tests.Pages;

namespace Exceed.Browser.Tests.Scenarios;

/// <summary>The agent writes faster in the company's voice: canned replies after "/", the greeting at the first reply, phrase completions.</summary>
public sealed class ComposerScenarios(ExceedServer server, Chromium chromium) : BrowserScenario(server, chromium)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A known customer writes on WeChat; returns the subject to open the conversation by.</summary>
    private async Task<string> CustomerWritesAsync(string name, string text)
    {
        var handle = "wx_" + Guid.NewGuid().ToString("N")[..8];
        var customer = await Api.PostAsJsonAsync("/api/v1/customers", new { displayName = name, identities = new[] { new { kind = "WeChat", value = handle } } }, Ct);
        Assert.True(customer.IsSuccessStatusCode, await customer.Content.ReadAsStringAsync(Ct));
        var channel = await Api.PostAsJsonAsync("/api/v1/channels", new { name = "微信服务号", senderKind = "weChat" }, Ct);
        var id = (await channel.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var sent = await Api.PostAsJsonAsync($"/api/v1/channels/{id}/messages", new { from = handle, text, messageId = Guid.NewGuid().ToString() }, Ct);
        Assert.True(sent.IsSuccessStatusCode, await sent.Content.ReadAsStringAsync(Ct));
        return text;
    }

    private async Task<ConversationPage> OpenAsync(string subject)
    {
        await Login.SignInAsync(ExceedServer.AdminEmail, ExceedServer.AdminPassword);
        var inbox = await InboxPage.OpenAsync(Page);
        await inbox.ShowAsync("Unassigned");
        return await inbox.OpenAsync(subject);
    }

    [Fact]
    public async Task Agent_inserts_a_canned_reply_with_the_customers_name_filled_in_and_sends_it()
    {
        var shortcut = "parcel" + Guid.NewGuid().ToString("N")[..6];
        var added = await Api.PostAsJsonAsync("/api/v1/replies", new { language = "zh-Hans", title = "包裹已发出", shortcut, body = "{name}您好,您的包裹今天已经发出,预计明天送达。" }, Ct);
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync(Ct));
        var conversation = await OpenAsync(await CustomerWritesAsync("吴晓梅", "包裹什么时候发?"));
        var assist = new ComposerAssist(Page);

        await conversation.TypeAsync("/" + shortcut[..8]);
        await assist.Suggestions.Filter(new LocatorFilterOptions { HasText = "包裹已发出" }).WaitForAsync();
        await assist.PressAsync("Enter");
        await Assertions.Expect(conversation.Composer).ToHaveValueAsync("吴晓梅您好,您的包裹今天已经发出,预计明天送达。");
        await conversation.SendAsync();

        var reply = conversation.Entries.Filter(new LocatorFilterOptions { HasText = "吴晓梅您好,您的包裹今天已经发出" });
        await reply.WaitForAsync();
        Assert.Contains("AgentReply", await reply.GetAttributeAsync("data-kind") ?? "");
    }

    [Fact]
    public async Task Greeting_is_offered_on_the_first_reply_and_inserted_at_the_start()
    {
        var conversation = await OpenAsync(await CustomerWritesAsync("郑国强", "请问周末营业吗?"));
        var assist = new ComposerAssist(Page);

        await assist.GreetingOffer.WaitForAsync();
        await Assertions.Expect(assist.GreetingOffer).ToContainTextAsync("郑国强");
        await conversation.TypeAsync("周末照常营业。");
        await assist.InsertGreetingAsync();

        await Assertions.Expect(conversation.Composer).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^郑国强,[^\\n]+\\n周末照常营业。$"));
    }

    [Fact]
    public async Task Recommended_phrase_completes_with_Tab_and_Enter_still_breaks_the_line_when_nothing_is_offered()
    {
        var conversation = await OpenAsync(await CustomerWritesAsync("冯丽", "我的订单发错了"));
        var assist = new ComposerAssist(Page);

        await conversation.TypeAsync("好的");
        await assist.PressAsync("Enter");
        await conversation.Composer.PressSequentiallyAsync("非常抱", new LocatorPressSequentiallyOptions { Delay = 20 });
        await assist.Suggestions.Filter(new LocatorFilterOptions { HasText = "非常抱歉给您带来不便" }).WaitForAsync();
        await assist.PressAsync("Tab");

        await Assertions.Expect(conversation.Composer).ToHaveValueAsync("好的\n非常抱歉给您带来不便");
    }
}
