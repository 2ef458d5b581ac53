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

    public static async Task<WidgetPage> OpenAsync(IPage page, Uri shop)
    {
        await page.GotoAsync(shop.ToString());
        await page.ClickAsync("#exceed-chat [data-testid=open]");
        var widget = new WidgetPage(page);
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
