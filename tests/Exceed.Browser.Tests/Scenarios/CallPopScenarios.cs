using System.Diagnostics;
using Exceed.Browser.Tests.Infrastructure;
using Exceed.Browser.Tests.Pages;

namespace Exceed.Browser.Tests.Scenarios;

/// <summary>The phone rings and the agent knows who it is before picking up.</summary>
public sealed class CallPopScenarios(ExceedServer server, Chromium chromium) : BrowserScenario(server, chromium)
{
    [Fact]
    public async Task Known_caller_card_pops_with_greeting_and_prompts()
    {
        var now = TimeProvider.System.GetUtcNow();
        await Api.CreateCustomerAsync(new
        {
            displayName = "王建国",
            familyName = "王",
            salutation = "Mr",
            language = "zh-Hans",
            identities = new[] { new { kind = "Phone", value = "138 0013 8000" } },
            preferences = new[] { new { kind = "Need", text = "无烟房" } },
            wishItems = new[] { new { item = "羊绒围巾", wishedAt = now.AddDays(-10) } },
            purchases = Enumerable.Range(1, 3).Select(i => new { item = "龙井茶", amount = 128m, currency = "CNY", purchasedAt = now.AddDays(-7 * i) }).ToArray(),
        });
        await Api.CreateCustomerAsync(new
        {
            displayName = "陈静",
            familyName = "陈",
            salutation = "Ms",
            identities = new[] { new { kind = "Phone", value = "139 0000 0001" } },
            preferences = new[] { new { kind = "Need", text = "高楼层" } },
        });
        var console = await Login.SignInAsync(ExceedServer.AdminEmail, ExceedServer.AdminPassword);
        // An earlier call of the shift: a Debug build's first-ever pop spends most of a second in the JIT, which no agent sees twice.
        await Api.RingAsync("139 0000 0001");
        await console.Call.WaitAsync(timeoutMs: 15000);
        await console.Call.DismissAsync();

        var clock = Stopwatch.StartNew();
        await Api.RingAsync("+86 138-0013-8000");
        var answered = clock.ElapsedMilliseconds;
        await console.Call.WaitAsync(timeoutMs: 15000);
        clock.Stop();
        // The 1-second figure is measured in docs/benchmarks.md, not asserted here: a timed test fails on a busy machine.
        TestContext.Current.TestOutputHelper?.WriteLine($"card popped after {clock.ElapsedMilliseconds} ms (webhook answered after {answered} ms)");

        var greeting = await console.Call.Greeting.InnerTextAsync();
        Assert.StartsWith("王先生,", greeting);
        Assert.Equal("王先生," + ApiSteps.HansGreetingNow(), greeting);
        var prompts = await console.Call.Prompts.AllInnerTextsAsync();
        Assert.Contains("请准备：无烟房", prompts);
        Assert.Contains("他常买龙井茶", prompts);
        Assert.Contains(prompts, p => p.StartsWith("问问他", StringComparison.Ordinal) && p.EndsWith("羊绒围巾", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_caller_is_created_from_the_pop_with_the_number_filled_in()
    {
        var console = await Login.SignInAsync(ExceedServer.AdminEmail, ExceedServer.AdminPassword);

        await Api.RingAsync("139 1234 5678");
        await console.Call.WaitAsync(timeoutMs: 15000);
        var form = await console.Call.CreateCustomerAsync();
        await Assertions.Expect(form.Phone).ToHaveValueAsync("+8613912345678");
        var card = await form.SaveAsync("李女士");

        await Assertions.Expect(card.Name).ToHaveTextAsync("李女士");
        await Assertions.Expect(card.Identities).ToContainTextAsync("+8613912345678");
    }
}
