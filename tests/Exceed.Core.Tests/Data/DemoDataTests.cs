using Exceed.Core.Customers;
using Exceed.Core.Data.Demo;
using Exceed.Core.Recognition;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Exceed.Core.Tests.Data;

public class DemoDataTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
    private static CustomerFactory Factory() => new(new IdentityNormalizer(new BusinessSettings()));

    [Fact]
    public async Task Demo_data_loads_about_two_hundred_valid_customers_into_an_empty_database()
    {
        using var database = await SqliteTempDatabase.MigratedAsync();
        await using var db = database.Open();

        var added = await DemoData.SeedIfEmptyAsync(db, Factory(), Clock, TestContext.Current.CancellationToken);

        await using var fresh = database.Open();
        Assert.Equal(200, added);
        Assert.Equal(200, await fresh.Customers.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Ms_Chen_has_an_anniversary_this_week_and_needs_hypoallergenic_bedding()
    {
        using var database = await SqliteTempDatabase.MigratedAsync();
        await using (var seed = database.Open())
        {
            await DemoData.SeedIfEmptyAsync(seed, Factory(), Clock, TestContext.Current.CancellationToken);
        }
        await using var db = database.Open();
        var business = new BusinessSettings();
        using var cards = new CardCache(new RecognitionSettings { CardCacheSize = 0 }, new Exceed.Core.Events.InProcessEventBus());
        var recognition = new RecognitionService(db, new IdentityNormalizer(business), business, Clock, cards);

        var result = await recognition.IdentifyAsync(IdentityKind.Email, "Chen.Li@example.com", null, TestContext.Current.CancellationToken);

        Assert.Equal(["need", "need", "dislike", "date"], result.Card!.Prompts.Select(p => p.Kind).Take(4));
    }

    [Fact]
    public async Task Demo_data_is_loaded_only_once()
    {
        using var database = await SqliteTempDatabase.MigratedAsync();
        await using (var first = database.Open())
        {
            await DemoData.SeedIfEmptyAsync(first, Factory(), Clock, TestContext.Current.CancellationToken);
        }
        await using var second = database.Open();

        var added = await DemoData.SeedIfEmptyAsync(second, Factory(), Clock, TestContext.Current.CancellationToken);

        Assert.Equal(0, added);
        Assert.Equal(200, await second.Customers.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Mr_Wang_is_greeted_by_name_and_offered_his_regular_milk()
    {
        using var database = await SqliteTempDatabase.MigratedAsync();
        await using (var seed = database.Open())
        {
            await DemoData.SeedIfEmptyAsync(seed, Factory(), Clock, TestContext.Current.CancellationToken);
        }
        await using var db = database.Open();
        var business = new BusinessSettings();
        using var cards = new CardCache(new RecognitionSettings { CardCacheSize = 0 }, new Exceed.Core.Events.InProcessEventBus());
        var recognition = new RecognitionService(db, new IdentityNormalizer(business), business, Clock, cards);

        var result = await recognition.IdentifyAsync(IdentityKind.Phone, "138 0013 8000", null, TestContext.Current.CancellationToken);

        Assert.Equal("王先生,早上好", result.Card?.Greeting);
        Assert.Contains(result.Card!.Prompts, p => p.Kind == "regular" && p.Text.Contains("高钙牛奶", StringComparison.Ordinal));
    }
}
