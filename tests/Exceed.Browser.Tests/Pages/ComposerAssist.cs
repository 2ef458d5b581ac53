namespace Exceed.Browser.Tests.Pages;

/// <summary>The composer's helpers on a conversation: the list under the reply (canned replies, completions) and the greeting offer.</summary>
public sealed class ComposerAssist(IPage page)
{
    public ILocator Suggestions => page.Locator("[data-testid=suggestions] button.suggestion");
    public ILocator GreetingOffer => page.Locator("[data-testid=greeting-offer]");

    public Task InsertGreetingAsync() => page.ClickAsync("button#use-greeting");

    public Task PressAsync(string key) => page.Locator("textarea#composer").PressAsync(key);
}
