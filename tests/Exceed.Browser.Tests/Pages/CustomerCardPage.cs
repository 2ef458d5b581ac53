namespace Exceed.Browser.Tests.Pages;

/// <summary>/customers/{id}: greeting, prompts and everything we remember about one customer.</summary>
public sealed class CustomerCardPage(IPage page)
{
    public ILocator Name => page.Locator("[data-testid=customer-name]");
    public ILocator Identities => page.Locator("[data-testid=identities]");
    public ILocator Notes => page.Locator("[data-testid=notes] .note-text");

    public static async Task<CustomerCardPage> OpenAsync(IPage page, Guid id)
    {
        await page.GotoAsync($"/customers/{id}");
        var card = new CustomerCardPage(page);
        await card.WaitAsync();
        return card;
    }

    public Task WaitAsync() => Name.WaitForAsync();

    public async Task AddNoteAsync(string text)
    {
        var before = await Notes.CountAsync();
        await page.Locator("[data-testid=notes] textarea").FillAsync(text);
        await page.Locator("[data-testid=notes] button[type=submit]").ClickAsync();
        await Assertions.Expect(Notes).ToHaveCountAsync(before + 1);
    }
}
