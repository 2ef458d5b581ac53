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

    /// <summary>
    /// Starts a clock in the page, read by the browser itself so the test's own round trips do not count: the time of
    /// each key in the composer and of the first mark put on the page after it (where none was before).
    /// </summary>
    public Task StartMarkClockAsync() => page.EvaluateAsync("""
        () => {
          const clock = window.markClock = { key: 0, mark: 0 };
          document.addEventListener('input', (e) => { if (e.target.id === 'composer') { clock.key = performance.now(); clock.mark = 0; } }, true);
          new MutationObserver(() => {
            if (clock.key && !clock.mark && document.querySelector('[data-testid=checked-text] mark.problem')) clock.mark = performance.now();
          }).observe(document.body, { childList: true, subtree: true, characterData: true });
        }
        """);

    /// <summary>Waits for the first mark and returns the milliseconds from the last key to it, by the browser's clock.</summary>
    public async Task<double> MarkedAfterLastKeyAsync()
    {
        await Marks.First.WaitForAsync();
        return await page.EvaluateAsync<double>("() => window.markClock.mark - window.markClock.key");
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
