using Exceed.Browser.Tests.Infrastructure;
using Exceed.Browser.Tests.Pages;

namespace Exceed.Browser.Tests.Scenarios;

/// <summary>A lead opens the quality review (质检) and sees how an agent's replies read.</summary>
public sealed class QualityScenarios(ExceedServer server, Chromium chromium) : BrowserScenario(server, chromium)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A customer writes and the agent (an agent's API key named after them) answers.</summary>
    private async Task AgentAnswersAsync(HttpClient agent, string customer, string reply)
    {
        var channel = await Api.PostAsJsonAsync("/api/v1/channels", new { name = "微信服务号", senderKind = "weChat" }, Ct);
        var channelId = (await channel.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var received = await Api.PostAsJsonAsync($"/api/v1/channels/{channelId}/messages", new { from = customer, text = "在吗?想问下订单", messageId = Guid.NewGuid().ToString() }, Ct);
        var conversation = (await received.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("conversationId").GetGuid();
        var sent = await agent.PostAsJsonAsync($"/api/v1/conversations/{conversation}/replies", new { text = reply }, Ct);
        Assert.True(sent.IsSuccessStatusCode, await sent.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Lead_sees_an_agents_score_and_opens_a_flagged_reply()
    {
        var key = await Api.PostAsJsonAsync("/api/v1/api-keys", new { name = "小周", role = "agent" }, Ct);
        using var xiaozhou = new HttpClient { BaseAddress = Server.Address };
        xiaozhou.DefaultRequestHeaders.Add("X-Api-Key", (await key.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("key").GetString());
        await AgentAnswersAsync(xiaozhou, "wx_a", "您欠我们200元,请尽快付款。");
        await AgentAnswersAsync(xiaozhou, "wx_b", "您好,马上为您查询,请稍等。");
        await Login.SignInAsync(ExceedServer.AdminEmail, ExceedServer.AdminPassword);

        var review = await QualityReviewPage.OpenAsync(Page);

        await Assertions.Expect(review.AgentRow("小周")).ToContainTextAsync("50.0%");
        await Assertions.Expect(review.FlaggedExamples.First.Locator("mark")).ToHaveTextAsync("您欠我们");
        var url = await review.OpenFirstFlaggedConversationAsync();
        // The address changes before the conversation replaces the review on screen: look in the conversation's entries.
        await Assertions.Expect(Page.Locator("ol.entries li.entry").Filter(new() { HasText = "您欠我们200元,请尽快付款。" })).ToBeVisibleAsync();
        Assert.Contains("/conversations/", url);
    }
}
