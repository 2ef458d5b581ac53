using Exceed.Browser.Tests.Infrastructure;
using Exceed.Browser.Tests.Pages;

namespace Exceed.Browser.Tests.Scenarios;

/// <summary>An open customer card keeps up with colleagues: what they add shows without a reload.</summary>
public sealed class LiveCardScenarios(ExceedServer server, Chromium chromium) : BrowserScenario(server, chromium)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Note_added_by_a_colleague_appears_on_the_open_card()
    {
        var id = await Api.CreateCustomerAsync(new
        {
            displayName = "陈丽",
            identities = new[] { new { kind = "Phone", value = "138 0013 8055" } },
            notes = new[] { "常住 1208" },
        });
        await Login.SignInAsync(ExceedServer.AdminEmail, ExceedServer.AdminPassword);
        var card = await CustomerCardPage.OpenAsync(Page, id);
        await Assertions.Expect(card.Notes).ToHaveTextAsync(["常住 1208"]);

        (await Api.PostAsJsonAsync($"/api/v1/customers/{id}/notes", new { text = "对花生过敏" }, Ct)).EnsureSuccessStatusCode();

        await Assertions.Expect(card.Notes).ToHaveTextAsync(["对花生过敏", "常住 1208"]);
    }
}
