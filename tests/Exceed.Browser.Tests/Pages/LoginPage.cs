namespace Exceed.Browser.Tests.Pages;

/// <summary>/account/login: email, password, sign in.</summary>
public sealed class LoginPage(IPage page)
{
    public async Task<ConsolePage> SignInAsync(string email, string password)
    {
        // Every script of the page loaded first, so nothing that loads late can swallow the click.
        await page.GotoAsync("/account/login", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", password);
        await page.ClickAsync("form button[type=submit].primary");
        try
        {
            await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        }
        catch (TimeoutException error)
        {
            // Say what the page showed instead (an error message, or the form as it was), so a failure can be read.
            throw new TimeoutException($"Still on the sign-in page after signing in; it shows: {await page.InnerTextAsync("body")}", error);
        }
        var console = new ConsolePage(page);
        await console.WaitUntilLiveAsync();
        return console;
    }
}
