using Exceed.Core;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Exceed.Core.Recognition;
using Exceed.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Exceed.Web.Tests.Recognition;

/// <summary>
/// The whole card of a customer with a long history, as each provider's read gives it (one statement on PostgreSQL, EF's
/// compiled queries on SQLite), checked against what it should show and field by field against what EF reads.
/// </summary>
public abstract class FullCardScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    private static DateTimeOffset At(int daysAgo, int minutes) => RichCustomer.At(daysAgo, minutes);

    [Fact]
    public async Task Identity_left_on_a_merged_away_record_shows_the_kept_customers_whole_card()
    {
        var rich = await RichCustomer.SeedAsync(App.Services);

        var card = await Api.CardAsync("wechat", RichCustomer.LeftBehindWeChat);

        Assert.Equal(rich.Id, card.GetProperty("id").GetGuid());
        Assert.Equal(("王建国 <b>VIP</b>", "zh-Hans", "loyal", "client"), (card.Text("displayName"), card.Text("language"), card.Text("type"), card.Text("loyaltyStage")));
        Assert.Equal(["vip", "茶叶", "<script>"], card.GetProperty("tags").Strings());
        Assert.Equal(
            ["email wang.jg@example.com ", "order TB-2026-0001 tb-2026-0001", "phone +8613800138000 138 0013 8000", "taobao 王建国的小店 王建国的小店 <i>旗舰</i>"],
            card.Rows("identities", i => $"{i.Text("kind")} {i.Text("value")} {i.Text("display")}").Order(StringComparer.Ordinal));
        Assert.Equal(
            ["dislike <script>alert('香菜')</script>", "like 明前龙井，\"特级\"", "need 无烟房 & 高楼层\n靠窗"],
            card.Rows("preferences", p => $"{p.Text("kind")} {p.Text("text")}").Order(StringComparer.Ordinal));
        Assert.Equal([("Limited tea box 🍵", At(2, 0)), ("羊绒围巾", At(5, 0))],
            card.Rows("wishList", w => (w.Text("item"), w.GetProperty("wishedAt").GetDateTimeOffset())));
        Assert.Equal(
            Enumerable.Range(0, RecognitionService.RecentPurchases).Select(i => Bought(i)),
            card.Rows("recentPurchases", p => (p.Text("item"), p.GetProperty("amount").GetDecimal(), p.Text("currency"), p.GetProperty("at").GetDateTimeOffset(), p.Text("channel"))));
        Assert.Equal(
            Enumerable.Range(0, RecognitionService.RecentNotes).Select(i => ((string?)RichCustomer.NoteText(i), (string?)(i % 2 == 0 ? "李娜" : "api:crm"), At(i * 2, 5))),
            card.Rows("recentNotes", n => (n.Text("text"), n.Text("author"), n.GetProperty("at").GetDateTimeOffset())));
        Assert.Equal(
            Enumerable.Range(0, RecognitionService.RecentCalls).Select(i => ((string?)"call", (string?)"+8613800138000", At(i, 45))),
            card.Rows("lastContacts", c => (c.Text("channel"), c.Text("from"), c.GetProperty("at").GetDateTimeOffset())));
    }

    [Fact]
    public async Task Card_read_for_recognition_matches_what_EF_reads_field_by_field()
    {
        var rich = await RichCustomer.SeedAsync(App.Services);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ExceedDb>();
        Assert.Equal(db.Database.IsNpgsql(), CardReads.For(db) is CardStatement);

        var (efOwner, ef) = await CardQueries.For(db).ByIdentityAsync(db, IdentityKind.WeChat, RichCustomer.LeftBehindWeChat, Ct);
        var (owner, byIdentity) = await CardReads.For(db).ByIdentityAsync(db, IdentityKind.WeChat, RichCustomer.LeftBehindWeChat, Ct);
        var byId = await CardReads.For(db).ByIdAsync(db, rich.MergedAway, Ct);

        Assert.Equal((rich.MergedAway, rich.MergedAway), (efOwner, owner));
        var c = ef!.Customer;
        Assert.Equal([4, 3, 3, 20, 2, 5, 5], [c.Identities.Count, c.Preferences.Count, c.ImportantDates.Count, c.Purchases.Count, c.WishItems.Count, c.Notes.Count, ef.Calls.Count]);
        var differences = CardComparison.Differences(db.Model, ef, byIdentity!).Concat(CardComparison.Differences(db.Model, ef, byId!)).ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public async Task Card_the_api_returns_is_the_card_built_from_what_EF_reads()
    {
        await RichCustomer.SeedAsync(App.Services);
        var card = await Api.CardAsync("wechat", RichCustomer.LeftBehindWeChat);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ExceedDb>();
        var (_, ef) = await CardQueries.For(db).ByIdentityAsync(db, IdentityKind.WeChat, RichCustomer.LeftBehindWeChat, Ct);

        var built = CustomerCard.From(ef!.Customer, ef.Calls, App.Clock.GetUtcNow(), App.Services.GetRequiredService<BusinessSettings>().Zone, ef.Customer.Language);
        var expected = JsonSerializer.SerializeToElement(built, App.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions);

        var differences = expected.EnumerateObject()
            .Select(p => (p.Name, Want: Canonical(p.Name, p.Value), Got: Canonical(p.Name, card.GetProperty(p.Name))))
            .Where(p => p.Want != p.Got)
            .Select(p => $"{p.Name}:\n  expected {p.Want}\n  got      {p.Got}").ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public async Task Merges_are_followed_as_far_as_the_hop_limit_and_no_further()
    {
        var chain = Enumerable.Range(0, RecognitionService.MaxMergeHops + 3)
            .Select(i => new Customer { DisplayName = $"第 {i} 份记录", CreatedAt = At(100 - i, 0), UpdatedAt = At(1, 0) }).ToList();
        await SaveAsync(db =>
        {
            for (var i = 0; i + 1 < chain.Count; i++)
            {
                chain[i].MergedIntoId = chain[i + 1].Id;
            }
            db.Customers.AddRange(chain);
        });
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ExceedDb>();

        var read = await CardReads.For(db).ByIdAsync(db, chain[0].Id, Ct);

        Assert.Equal(chain[RecognitionService.MaxMergeHops].Id, read?.Customer.Id);
        Assert.Equal((await CardQueries.For(db).ByIdAsync(db, chain[0].Id, Ct))?.Customer.Id, read?.Customer.Id);
    }

    [Fact]
    public async Task Erased_customer_is_not_recognised()
    {
        await SaveAsync(db =>
        {
            var erased = new Customer { DisplayName = "已删除", CreatedAt = At(10, 0), UpdatedAt = At(1, 0), ErasedAt = At(1, 0) };
            db.Customers.Add(erased);
            db.Identities.Add(new CustomerIdentity { CustomerId = erased.Id, Kind = IdentityKind.Phone, Value = "+8613800138000" });
        });

        await (await Api.RecognizeAsync("phone", "13800138000")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Identity_of_a_record_merged_into_an_erased_customer_is_not_recognised()
    {
        await SaveAsync(db =>
        {
            var erased = new Customer { DisplayName = "已删除", CreatedAt = At(10, 0), UpdatedAt = At(1, 0), ErasedAt = At(1, 0) };
            var merged = new Customer { DisplayName = "王建国", CreatedAt = At(20, 0), UpdatedAt = At(5, 0), MergedIntoId = erased.Id };
            db.Customers.AddRange(erased, merged);
            db.Identities.Add(new CustomerIdentity { CustomerId = merged.Id, Kind = IdentityKind.Phone, Value = "+8613800138000" });
        });

        await (await Api.RecognizeAsync("phone", "13800138000")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private static (string?, decimal, string?, DateTimeOffset, string?) Bought(int i)
    {
        var (item, amount, currency, channel) = RichCustomer.Bought[i % RichCustomer.Bought.Length];
        return ($"{item} #{i}", amount + i, currency, At(i * 3, i), channel);
    }

    /// <summary>The raw JSON, with the parts the EF path reads in no particular order put in order.</summary>
    private static string Canonical(string name, JsonElement value) => name is "identities" or "preferences"
        ? string.Join("\n", value.EnumerateArray().Select(e => e.GetRawText()).Order(StringComparer.Ordinal))
        : value.GetRawText();

    private async Task SaveAsync(Action<ExceedDb> add)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ExceedDb>();
        add(db);
        await db.SaveChangesAsync(Ct);
    }
}

public sealed class FullCardOnSqlite(SqliteExceed app) : FullCardScenarios<SqliteExceed>(app);
public sealed class FullCardOnPostgres(PostgresExceedInShanghai app) : FullCardScenarios<PostgresExceedInShanghai>(app);

internal static class CardJson
{
    public static string? Text(this JsonElement element, string name) => element.GetProperty(name).GetString();

    public static List<T> Rows<T>(this JsonElement card, string name, Func<JsonElement, T> row) => [.. card.GetProperty(name).EnumerateArray().Select(row)];
}
