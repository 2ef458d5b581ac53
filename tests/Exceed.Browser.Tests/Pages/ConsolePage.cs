namespace Exceed.Browser.Tests.Pages;

/// <summary>The agent's console (/): the top bar with the language switch, and the live call pop-ups.</summary>
public sealed class ConsolePage(IPage page)
{
    public CallPopup Call => new(page, page.Locator("[data-testid=call-pop]").First);
    public ILocator Navigation => page.Locator("header.top nav");

    /// <summary>Call pop-ups render only once the live connection is up (no prerendering), so the empty container means "listening".</summary>
    public Task WaitUntilLiveAsync() =>
        page.Locator(".call-pops").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    public async Task ChooseLanguageAsync(string label)
    {
        await page.ClickAsync($"form.lang button:text-is('{label}')");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}

/// <summary>One ringing call on the agent's screen.</summary>
public sealed class CallPopup(IPage page, ILocator root)
{
    public ILocator Root => root;
    public ILocator Greeting => root.Locator("[data-testid=greeting]");
    public ILocator Prompts => root.Locator("[data-testid=prompts] li");

    public Task WaitAsync(float timeoutMs) => root.WaitForAsync(new LocatorWaitForOptions { Timeout = timeoutMs });

    public async Task DismissAsync()
    {
        await root.Locator("header button").ClickAsync();
        await root.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
    }

    public async Task<NewCustomerPage> CreateCustomerAsync()
    {
        await root.Locator("a.button.primary[href^='/customers/new']").ClickAsync();
        var form = new NewCustomerPage(page);
        await form.WaitAsync();
        return form;
    }
}
