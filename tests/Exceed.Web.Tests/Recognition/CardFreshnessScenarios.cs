using Exceed.Core.Data;
using Exceed.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Web.Tests.Recognition;

/// <summary>
/// Cards are kept in memory between calls; whatever changes on a customer shows on the very next recognition, so an
/// agent never greets from an old card.
/// </summary>
public abstract class CardFreshnessScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    [Fact]
    public async Task Note_written_after_a_call_shows_on_the_next_call()
    {
        var id = await CreateAsync(CustomerBuilder.WangJianguo());
        await Api.CardAsync("phone", "13800138000");

        (await Api.PostAsJsonAsync($"/api/v1/customers/{id}/notes", new { text = "退房时要发票" }, Ct)).EnsureSuccessStatusCode();

        var card = await Api.CardAsync("phone", "13800138000");
        Assert.Equal("退房时要发票", card.GetProperty("recentNotes")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Calls_show_in_last_contacts_as_they_arrive()
    {
        await CreateAsync(CustomerBuilder.WangJianguo());
        await Api.CardAsync("phone", "13800138000");

        (await Api.PostAsJsonAsync("/api/v1/calls/incoming", new { caller = "13800138000", called = "021 6888 8888", callId = "fresh-1" }, Ct)).EnsureSuccessStatusCode();

        var card = await Api.CardAsync("phone", "13800138000");
        Assert.Equal("call", card.GetProperty("lastContacts")[0].GetProperty("channel").GetString());
    }

    [Fact]
    public async Task Renamed_customer_is_greeted_by_the_new_name()
    {
        var id = await CreateAsync(CustomerBuilder.Named("Emily Chen").Ms("Chen").Speaks("en").Email("emily@example.com"));
        Assert.Equal("Good morning, Ms Chen", (await Api.CardAsync("email", "emily@example.com")).GetProperty("greeting").GetString());

        (await Api.PatchAsJsonAsync($"/api/v1/customers/{id}", new { displayName = "Emily Lin", familyName = "Lin" }, Ct)).EnsureSuccessStatusCode();

        Assert.Equal("Good morning, Ms Lin", (await Api.CardAsync("email", "emily@example.com")).GetProperty("greeting").GetString());
    }

    [Fact]
    public async Task Kept_card_greets_by_the_time_of_day_of_each_call()
    {
        await CreateAsync(CustomerBuilder.Named("Emily Chen").Ms("Chen").Speaks("en").Email("emily@example.com"));
        Assert.Equal("Good morning, Ms Chen", (await Api.CardAsync("email", "emily@example.com")).GetProperty("greeting").GetString());

        App.Clock.Set(App.Clock.GetUtcNow().AddHours(10));

        Assert.Equal("Good evening, Ms Chen", (await Api.CardAsync("email", "emily@example.com")).GetProperty("greeting").GetString());
    }

    [Fact]
    public async Task Kept_card_is_worded_in_the_language_each_agent_asks_for()
    {
        await CreateAsync(CustomerBuilder.Named("Emily Chen").Ms("Chen").Speaks("en").Email("emily@example.com").Likes("green tea"));
        await Api.CardAsync("email", "emily@example.com");

        var inChinese = await (await Api.GetAsync("/api/v1/recognize?email=emily%40example.com&lang=zh-Hans", Ct)).JsonAsync();
        var inEnglish = await (await Api.GetAsync("/api/v1/recognize?email=emily%40example.com&lang=en", Ct)).JsonAsync();

        Assert.NotEqual(inEnglish.GetProperty("prompts").GetRawText(), inChinese.GetProperty("prompts").GetRawText());
    }

    [Fact]
    public async Task Merged_away_email_finds_the_kept_customer_even_when_its_old_card_was_just_seen()
    {
        var wang = await CreateAsync(CustomerBuilder.WangJianguo());
        var second = await CreateAsync(CustomerBuilder.Named("王建国").Email("wang@example.com"));
        Assert.Equal(second, (await Api.CardAsync("email", "wang@example.com")).GetProperty("id").GetGuid());

        (await Api.PostAsJsonAsync($"/api/v1/customers/{wang}/merge", new { mergeId = second, reason = "same guest" }, Ct)).EnsureSuccessStatusCode();

        Assert.Equal(wang, (await Api.CardAsync("email", "wang@example.com")).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Erased_customer_is_not_recognised_even_when_their_card_was_just_seen()
    {
        var id = await CreateAsync(CustomerBuilder.WangJianguo());
        await Api.CardAsync("phone", "13800138000");

        (await Api.DeleteAsync($"/api/v1/customers/{id}", Ct)).EnsureSuccessStatusCode();

        await (await Api.RecognizeAsync("phone", "13800138000")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Removed_phone_no_longer_finds_the_customer()
    {
        var id = await CreateAsync(CustomerBuilder.WangJianguo().Email("wang@example.com"));
        await Api.CardAsync("phone", "13800138000");
        var customer = await (await Api.GetAsync($"/api/v1/customers/{id}", Ct)).JsonAsync();
        var phone = customer.GetProperty("identities").EnumerateArray().First(i => i.GetProperty("value").GetString() == "+8613800138000");

        (await Api.DeleteAsync($"/api/v1/customers/{id}/Identities/{phone.GetProperty("id").GetGuid()}", Ct)).EnsureSuccessStatusCode();

        await (await Api.RecognizeAsync("phone", "13800138000")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>A statement that bypasses the app's change announcements, as the command-line import or a database administrator does.</summary>
    private async Task OutsideTheAppAsync(Func<ExceedDb, Task> change)
    {
        using var scope = App.Services.CreateScope();
        await change(scope.ServiceProvider.GetRequiredService<ExceedDb>());
    }

    /// <summary>Past 40–60 % of the kept card's life (60 s by default), before it expires.</summary>
    private void LetTheKeptCardComeDue() => App.Clock.Set(App.Clock.GetUtcNow().AddSeconds(40));

    private async Task<string?> GreetingOnceRenewedAsync(string kind, string value, string expected)
    {
        string? greeting = null;
        for (var attempt = 0; attempt < 100 && greeting != expected; attempt++)
        {
            await Task.Delay(50, Ct);
            greeting = (await Api.CardAsync(kind, value)).GetProperty("greeting").GetString();
        }
        return greeting;
    }

    [Fact]
    public async Task Change_made_outside_the_app_shows_once_the_kept_card_comes_due()
    {
        var id = await CreateAsync(CustomerBuilder.Named("Emily Chen").Ms("Chen").Speaks("en").Email("emily@example.com"));
        Assert.Equal("Good morning, Ms Chen", (await Api.CardAsync("email", "emily@example.com")).GetProperty("greeting").GetString());
        await OutsideTheAppAsync(db => db.Customers.Where(c => c.Id == id).ExecuteUpdateAsync(u => u.SetProperty(c => c.FamilyName, "Lin"), Ct));

        LetTheKeptCardComeDue();

        // The call that finds the copy due is answered from it at once; the copy is read again behind it.
        Assert.Equal("Good morning, Ms Chen", (await Api.CardAsync("email", "emily@example.com")).GetProperty("greeting").GetString());
        Assert.Equal("Good morning, Ms Lin", await GreetingOnceRenewedAsync("email", "emily@example.com", "Good morning, Ms Lin"));
    }

    [Fact]
    public async Task Phone_moved_to_another_customer_outside_the_app_finds_them_once_the_kept_card_comes_due()
    {
        await CreateAsync(CustomerBuilder.WangJianguo());
        var li = await CreateAsync(CustomerBuilder.Named("李娜").Ms("李").Email("lina@example.com"));
        Assert.Equal("王先生,早上好", (await Api.CardAsync("phone", "13800138000")).GetProperty("greeting").GetString());
        await OutsideTheAppAsync(db => db.Identities.Where(i => i.Value == "+8613800138000")
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.CustomerId, li), Ct));

        LetTheKeptCardComeDue();
        await Api.CardAsync("phone", "13800138000");

        Assert.Equal("李女士,早上好", await GreetingOnceRenewedAsync("phone", "13800138000", "李女士,早上好"));
    }

    [Fact]
    public async Task Kept_cards_that_come_due_together_are_each_renewed_and_an_erased_one_stops_answering()
    {
        var chen = await CreateAsync(CustomerBuilder.Named("Emily Chen").Ms("Chen").Speaks("en").Email("emily@example.com"));
        await CreateAsync(CustomerBuilder.WangJianguo());
        var li = await CreateAsync(CustomerBuilder.Named("李娜").Ms("李").Email("lina@example.com"));
        foreach (var (kind, value) in new[] { ("email", "emily@example.com"), ("phone", "13800138000"), ("email", "lina@example.com") })
        {
            (await Api.RecognizeAsync(kind, value)).EnsureSuccessStatusCode();
        }
        await OutsideTheAppAsync(async db =>
        {
            await db.Customers.Where(c => c.Id == chen).ExecuteUpdateAsync(u => u.SetProperty(c => c.FamilyName, "Lin"), Ct);
            await db.Customers.Where(c => c.Id == li).ExecuteUpdateAsync(u => u.SetProperty(c => c.ErasedAt, App.Clock.GetUtcNow()), Ct);
        });

        LetTheKeptCardComeDue();
        foreach (var (kind, value) in new[] { ("email", "emily@example.com"), ("phone", "13800138000"), ("email", "lina@example.com") })
        {
            (await Api.RecognizeAsync(kind, value)).EnsureSuccessStatusCode();
        }

        Assert.Equal("Good morning, Ms Lin", await GreetingOnceRenewedAsync("email", "emily@example.com", "Good morning, Ms Lin"));
        Assert.Equal("王先生,早上好", (await Api.CardAsync("phone", "13800138000")).GetProperty("greeting").GetString());
        var erased = await Api.RecognizeAsync("email", "lina@example.com");
        for (var attempt = 0; attempt < 100 && erased.StatusCode != HttpStatusCode.NotFound; attempt++)
        {
            await Task.Delay(50, Ct);
            erased = await Api.RecognizeAsync("email", "lina@example.com");
        }
        await erased.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}

public sealed class CardFreshnessOnSqlite(SqliteExceed app) : CardFreshnessScenarios<SqliteExceed>(app);
public sealed class CardFreshnessOnPostgres(PostgresExceed app) : CardFreshnessScenarios<PostgresExceed>(app);
