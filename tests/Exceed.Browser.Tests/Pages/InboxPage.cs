namespace Exceed.Browser.Tests.Pages;

/// <summary>/inbox: the views, the rows, and opening one.</summary>
public sealed class InboxPage(IPage page)
{
    public ILocator Rows => page.Locator("table.inbox tr.row");

    public static async Task<InboxPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/inbox");
        await page.Locator("[data-testid=inbox-views]").WaitForAsync();
        return new InboxPage(page);
    }

    public async Task ShowAsync(string view)
    {
        await page.ClickAsync($"[data-testid=inbox-views] button[data-view={view}]");
        await Rows.First.Or(page.Locator("[data-testid=inbox-empty]")).WaitForAsync();
    }

    public ILocator Row(string text) => Rows.Filter(new LocatorFilterOptions { HasText = text });

    public async Task<ConversationPage> OpenAsync(string text)
    {
        await Row(text).Locator("a.open").ClickAsync();
        var conversation = new ConversationPage(page);
        await conversation.WaitAsync();
        return conversation;
    }
}

/// <summary>/conversations/{id}: the history, the composer with the checker's marks, and the hand-off form.</summary>
public sealed class ConversationPage(IPage page)
{
    public ILocator Composer => page.Locator("textarea#composer");
    public ILocator Marks => page.Locator("[data-testid=checked-text] mark.problem");
    public ILocator Problems => page.Locator("[data-testid=problems] li");
    public ILocator Entries => page.Locator("ol.entries li.entry");
    public ILocator HandOffNote => page.Locator("[data-testid=handoff-note]");

    public Task WaitAsync() => page.Locator("[data-testid=history]").WaitForAsync();

    /// <summary>Types like a person (key by key), so the checker runs after the pause as it does for agents.</summary>
    public async Task TypeAsync(string text)
    {
        await Composer.ClickAsync();
        await Composer.PressSequentiallyAsync(text, new LocatorPressSequentiallyOptions { Delay = 20 });
    }

    public Task ApplyFirstSuggestionAsync() => Problems.First.Locator("button.apply").ClickAsync();

    public Task SendAsync() => page.ClickAsync("button#send");

    public async Task TakeAndHandOverAsync(string toName, string note)
    {
        await page.ClickAsync("button#take");
        await page.Locator("[data-testid=owner]").Filter(new LocatorFilterOptions { HasNotText = "—" }).WaitForAsync();
        await page.Locator("select#handoff-to").SelectOptionAsync(new SelectOptionValue { Label = toName });
        await page.FillAsync("textarea#handoff-note", note);
        await page.ClickAsync("button#handoff-send");
        await page.Locator("[data-testid=owner]", new PageLocatorOptions { HasText = toName }).WaitForAsync();
    }
}
