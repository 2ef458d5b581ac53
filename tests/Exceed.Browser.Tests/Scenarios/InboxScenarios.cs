using Exceed.Browser.Tests.Infrastructure;
using Exceed.Browser.Tests.Pages;

namespace Exceed.Browser.Tests.Scenarios;

/// <summary>A customer writes; the agent finds it in the inbox, is coached on the words, answers; a colleague takes over without asking again.</summary>
public sealed class InboxScenarios(ExceedServer server, Chromium chromium) : BrowserScenario(server, chromium)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task CustomerWritesAsync(string from, string name, string text)
    {
        var channel = await Api.PostAsJsonAsync("/api/v1/channels", new { name = "微信服务号", senderKind = "weChat" }, Ct);
        var id = (await channel.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var sent = await Api.PostAsJsonAsync($"/api/v1/channels/{id}/messages", new { from, name, text, messageId = Guid.NewGuid().ToString() }, Ct);
        Assert.True(sent.IsSuccessStatusCode, await sent.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Agent_is_warned_before_sending_you_owe_applies_the_better_wording_and_sends()
    {
        await CustomerWritesAsync("wx_zhou", "周女士", "我的储值卡怎么不能用了?");
        await Login.SignInAsync(ExceedServer.AdminEmail, ExceedServer.AdminPassword);
        var inbox = await InboxPage.OpenAsync(Page);
        await inbox.ShowAsync("Unassigned");
        var conversation = await inbox.OpenAsync("储值卡");

        await conversation.StartMarkClockAsync();
        await conversation.TypeAsync("您欠我们200元");
        var first = await conversation.MarkedAfterLastKeyAsync();
        Assert.Equal("您欠", (await conversation.Marks.First.InnerTextAsync())[..2]);
        await conversation.ApplyFirstSuggestionAsync();
        await conversation.Marks.First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        await conversation.TypeAsync("您欠我们200元");
        var again = await conversation.MarkedAfterLastKeyAsync();
        await conversation.ApplyFirstSuggestionAsync();
        await conversation.Marks.First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        // The composer waits 350 ms after the last key; what is left is the check and the marks reaching the page.
        TestContext.Current.TestOutputHelper?.WriteLine($"marks shown {first - 350:F0} ms after the typing pause (first reply on this server), {again - 350:F0} ms (typed again on the same page)");
        var fixedText = await conversation.Composer.InputValueAsync();
        Assert.DoesNotContain("欠", fixedText);
        await conversation.SendAsync();

        var reply = conversation.Entries.Filter(new LocatorFilterOptions { HasText = fixedText });
        await reply.WaitForAsync();
        Assert.Contains("AgentReply", await reply.GetAttributeAsync("data-kind") ?? "");
    }

    [Fact]
    public async Task Hand_off_note_is_the_first_thing_the_next_owner_sees()
    {
        var added = await Api.PostAsJsonAsync("/api/v1/staff", new { email = "xiaoli@exceed.local", displayName = "小李", role = "agent", password = "agent-pass-123" }, Ct);
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync(Ct));
        await CustomerWritesAsync("wx_chen", "陈丽", "快递三天没动了,订单 8812");
        await Login.SignInAsync(ExceedServer.AdminEmail, ExceedServer.AdminPassword);
        var inbox = await InboxPage.OpenAsync(Page);
        await inbox.ShowAsync("Unassigned");
        var conversation = await inbox.OpenAsync("快递三天");
        await conversation.TakeAndHandOverAsync("小李", "已催顺丰,客户要今天送到;不要再问单号");
        await Page.ClickAsync("header .who form button.link");

        await Login.SignInAsync("xiaoli@exceed.local", "agent-pass-123");
        inbox = await InboxPage.OpenAsync(Page);
        await inbox.ShowAsync("Mine");
        await inbox.Row("快递三天").Locator("[data-testid=handoff-unread]").WaitForAsync();
        conversation = await inbox.OpenAsync("快递三天");

        Assert.Contains("已催顺丰,客户要今天送到;不要再问单号", await conversation.HandOffNote.InnerTextAsync());
        var noteTop = (await conversation.HandOffNote.BoundingBoxAsync())!.Y;
        var historyTop = (await conversation.Entries.First.BoundingBoxAsync())!.Y;
        Assert.True(noteTop < historyTop, "the hand-off note must come before the history");
    }
}
