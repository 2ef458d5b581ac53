using Exceed.Browser.Tests.Infrastructure;
using Exceed.Browser.Tests.Pages;

namespace Exceed.Browser.Tests.Scenarios;

/// <summary>A visitor chats in the widget on the shop's own site; the signed-in agent answers in the console; neither side's text ever runs.</summary>
public sealed class WidgetScenarios(ExceedServer server, Chromium chromium) : BrowserScenario(server, chromium)
{
    private const string VisitorText = "<img src=x onerror=alert(1)>你好，围巾还有货吗？";
    private const string AgentText = "有的<b>现货</b><script>alert(2)</script>";

    [Fact]
    public async Task Visitor_chats_on_the_shop_site_and_the_agents_console_reply_appears_live_as_text()
    {
        await using var shop = new ShopSite(Server.Address, "小店客服", "zh-CN");
        var visitorPage = await Page.Context.NewPageAsync();
        visitorPage.Dialog += (_, dialog) =>
        {
            Dialogs.Add($"{dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
        var widget = await WidgetPage.OpenAsync(visitorPage, shop.Address);
        // The figure is live (other scenarios on this server may already have replied), so the line must say what the server sent.
        var expected = widget.UsualReplyMinutes is { } minutes ? $"我们通常在 {minutes} 分钟内回复" : "我们会尽快回复您";
        Assert.Equal(expected, await widget.UsualReply.InnerTextAsync());
        await widget.WriteAsync(VisitorText);

        var conversation = await AgentOpensAsync("围巾还有货吗");
        await conversation.Entries.Filter(new LocatorFilterOptions { HasText = VisitorText }).WaitForAsync();
        await conversation.Composer.FillAsync(AgentText);
        await conversation.SendAsync();

        await Assertions.Expect(widget.AgentLines).ToHaveTextAsync([AgentText]);
        await Assertions.Expect(widget.Lines.First.Locator(".bubble")).ToHaveTextAsync(VisitorText);
        Assert.Equal(0, await widget.Markup.CountAsync());
        Assert.Equal(0, await Page.Locator("ol.entries img, ol.entries b").CountAsync());
        Assert.Empty(Dialogs);
        await visitorPage.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots", "widget-visitor.png") });
    }

    [Fact]
    public async Task Visitor_sees_the_agent_typing_until_the_reply_arrives()
    {
        await using var shop = new ShopSite(Server.Address, "小店客服", "zh-CN");
        var widget = await WidgetPage.OpenAsync(await Page.Context.NewPageAsync(), shop.Address);
        await widget.WriteAsync("请问明天能送到吗？");
        var conversation = await AgentOpensAsync("明天能送到吗");

        await conversation.TypeAsync("可以的，");
        await Assertions.Expect(widget.Typing).ToHaveTextAsync("客服正在输入…");
        await conversation.Composer.PressSequentiallyAsync("明天上午送到。", new LocatorPressSequentiallyOptions { Delay = 20 });
        await conversation.SendAsync();

        await Assertions.Expect(widget.AgentLines).ToHaveTextAsync(["可以的，明天上午送到。"]);
        await Assertions.Expect(widget.Typing).ToHaveTextAsync("");
    }

    [Fact]
    public async Task Visitor_sees_read_once_the_agent_opens_the_chat()
    {
        await using var shop = new ShopSite(Server.Address, "小店客服", "zh-CN");
        var widget = await WidgetPage.OpenAsync(await Page.Context.NewPageAsync(), shop.Address);
        await widget.WriteAsync("围巾有灰色的吗？");
        await Assertions.Expect(widget.Read).ToHaveCountAsync(0);

        await AgentOpensAsync("围巾有灰色的吗");

        await Assertions.Expect(widget.Read).ToHaveTextAsync("已读");
    }

    private async Task<ConversationPage> AgentOpensAsync(string subject)
    {
        await Login.SignInAsync(ExceedServer.AdminEmail, ExceedServer.AdminPassword);
        var inbox = await InboxPage.OpenAsync(Page);
        await inbox.ShowAsync("Unassigned");
        return await inbox.OpenAsync(subject);
    }
}
