namespace Exceed.Browser.Tests.Pages;

/// <summary>/account/login: email, password, sign in.</summary>
public sealed class LoginPage(IPage page)
{
    public async Task<ConsolePage> SignInAsync(string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", password);
        await page.ClickAsync("form button[type=submit].primary");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        var console = new ConsolePage(page);
        await console.WaitUntilLiveAsync();
        return console;
    }
}
