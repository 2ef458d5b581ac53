using Exceed.Browser.Tests.Infrastructure;

namespace Exceed.Browser.Tests.Scenarios;

/// <summary>Each agent reads the screen in their own script.</summary>
public sealed class LanguageScenarios(ExceedServer server, Chromium chromium) : BrowserScenario(server, chromium)
{
    [Fact]
    public async Task Agent_switches_the_screen_to_Traditional_Chinese()
    {
        var console = await Login.SignInAsync(ExceedServer.AdminEmail, ExceedServer.AdminPassword);
        await Assertions.Expect(console.Navigation).ToContainTextAsync("客户");

        await console.ChooseLanguageAsync("繁體");

        await Assertions.Expect(console.Navigation).ToContainTextAsync("客戶");
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hant");
    }
}
