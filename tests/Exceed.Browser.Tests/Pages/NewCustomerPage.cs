namespace Exceed.Browser.Tests.Pages;

/// <summary>/customers/new: the form an agent fills for a first-time caller.</summary>
public sealed class NewCustomerPage(IPage page)
{
    public ILocator Phone => page.Locator("[data-testid=new-customer] [data-testid=phone]");

    public Task WaitAsync() => page.Locator("[data-testid=new-customer]").WaitForAsync();

    public async Task<CustomerCardPage> SaveAsync(string name)
    {
        await page.Locator("[data-testid=new-customer] [data-testid=name]").FillAsync(name);
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/customers/[0-9a-f-]{36}$"));
        var card = new CustomerCardPage(page);
        await card.WaitAsync();
        return card;
    }
}
