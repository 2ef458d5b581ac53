namespace Exceed.Browser.Tests.Pages;

/// <summary>The chat widget on a shop's page, as the visitor sees it (Playwright's CSS reaches into its shadow root).</summary>
public sealed class WidgetPage(IPage page)
{
    public ILocator Lines => page.Locator("#exceed-chat [data-testid=lines] .line");
    public ILocator AgentLines => page.Locator("#exceed-chat [data-testid=lines] .line:not(.mine) .bubble");
    public ILocator Typing => page.Locator("#exceed-chat [data-testid=typing]");
    public ILocator Read => page.Locator("#exceed-chat [data-testid=read]");
    public ILocator UsualReply => page.Locator("#exceed-chat [data-testid=usual]");
    public ILocator Markup => page.Locator("#exceed-chat [data-testid=lines] b, #exceed-chat [data-testid=lines] img, #exceed-chat [data-testid=lines] script");

    /// <summary>The reply time the server sent when the chat started (null: no live figure yet).</summary>
    public int? UsualReplyMinutes { get; private set; }

    public static async Task<WidgetPage> OpenAsync(IPage page, Uri shop)
    {
        await page.GotoAsync(shop.ToString());
        var started = await page.RunAndWaitForResponseAsync(
            () => page.ClickAsync("#exceed-chat [data-testid=open]"),
            response => response.Url.EndsWith("/start", StringComparison.Ordinal) && response.Request.Method == "POST");
        using var view = System.Text.Json.JsonDocument.Parse(await started.TextAsync());
        var widget = new WidgetPage(page)
        {
            UsualReplyMinutes = view.RootElement.GetProperty("usualReplyMinutes") is { ValueKind: System.Text.Json.JsonValueKind.Number } minutes ? minutes.GetInt32() : null,
        };
        await widget.UsualReply.Filter(new LocatorFilterOptions { HasTextRegex = new System.Text.RegularExpressions.Regex(".") }).WaitForAsync();
        return widget;
    }

    public async Task WriteAsync(string text)
    {
        await page.FillAsync("#exceed-chat [data-testid=input]", text);
        await page.ClickAsync("#exceed-chat [data-testid=send]");
        await page.Locator("#exceed-chat .line.mine:not(.pending)").Last.WaitForAsync();
    }
}
