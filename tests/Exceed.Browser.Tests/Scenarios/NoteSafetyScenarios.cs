using Exceed.Browser.Tests.Infrastructure;
using Exceed.Browser.Tests.Pages;

namespace Exceed.Browser.Tests.Scenarios;

/// <summary>Whatever is typed into a note is shown as text: it never runs in a colleague's browser.</summary>
public sealed class NoteSafetyScenarios(ExceedServer server, Chromium chromium) : BrowserScenario(server, chromium)
{
    private const string Hostile = "<script>alert(1)</script><b>x</b>";

    [Fact]
    public async Task Script_in_a_note_is_shown_as_text_and_never_runs()
    {
        var id = await Api.CreateCustomerAsync(new
        {
            displayName = "王建国",
            identities = new[] { new { kind = "Phone", value = "138 0013 8001" } },
            notes = new[] { Hostile },
        });
        await Login.SignInAsync(ExceedServer.AdminEmail, ExceedServer.AdminPassword);

        var card = await CustomerCardPage.OpenAsync(Page, id);
        await card.AddNoteAsync(Hostile);

        await Assertions.Expect(card.Notes).ToHaveTextAsync([Hostile, Hostile]);
        Assert.Equal(0, await Page.Locator("[data-testid=notes] b").CountAsync());
        Assert.Empty(Dialogs);
    }
}
