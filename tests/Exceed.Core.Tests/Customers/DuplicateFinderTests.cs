using Exceed.Core.Common;
using Exceed.Core.Customers.Duplicates;

namespace Exceed.Core.Tests.Customers;

public sealed class DuplicateFinderTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async ValueTask InitializeAsync() => database = await TestDatabase.CreateAsync();
    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    private Task<DuplicatePage> FirstPage() => database.RunAsync<DuplicateFinder, DuplicatePage>(f => f.ListAsync(1));

    [Fact]
    public async Task Same_name_with_a_phone_one_digit_apart_is_listed_and_unrelated_customers_are_not()
    {
        var older = await CustomerBuilder.Named("王建国").WithPhone("138 0013 8000").SaveIn(database);
        var newer = await CustomerBuilder.Named("王建国").WithPhone("138 0013 8001").SaveIn(database);
        await CustomerBuilder.Named("王建国").WithPhone("139 1122 4455").SaveIn(database);
        await CustomerBuilder.Named("李娜").WithPhone("138 0013 8002").SaveIn(database);

        var pair = Assert.Single((await FirstPage()).Pairs);

        Assert.Equal((older.Id, newer.Id, DuplicateSignal.PhoneOneDigitApart), (pair.Left.Id, pair.Right.Id, Assert.Single(pair.Reasons).Signal));
    }

    [Fact]
    public async Task A_name_written_in_Traditional_matches_the_same_name_in_Simplified()
    {
        await CustomerBuilder.Named("陳麗").WithPhone("138 0013 8000").SaveIn(database);
        await CustomerBuilder.Named("陈丽").WithPhone("+852 6380 0138").BornOn(3, 8).SaveIn(database);
        var simplified = await CustomerBuilder.Named("陈丽").WithPhone("138 0013 8001").SaveIn(database);

        var pairs = (await database.RunAsync<DuplicateFinder, Outcome<List<DuplicatePair>>>(f => f.ForCustomerAsync(simplified.Id))).Value!;

        Assert.True(Assert.Single(pairs).NameWrittenDifferently);
    }

    [Fact]
    public async Task A_pair_marked_not_the_same_person_is_not_listed_again()
    {
        var older = await CustomerBuilder.Named("王建国").WithPhone("138 0013 8000").SaveIn(database);
        var newer = await CustomerBuilder.Named("王建国").WithPhone("138 0013 8001").SaveIn(database);

        await database.RunAsync<DuplicateFinder, Outcome<bool>>(f => f.DismissAsync(newer.Id, older.Id, "lead@shop.cn"));

        Assert.Empty((await FirstPage()).Pairs);
    }

    [Fact]
    public async Task Merged_customers_are_not_listed_again()
    {
        var older = await CustomerBuilder.Named("王建国").WithPhone("138 0013 8000").SaveIn(database);
        var newer = await CustomerBuilder.Named("王建国").WithPhone("138 0013 8001").SaveIn(database);

        await database.RunAsync<MergeService, Outcome<Exceed.Core.Customers.Customer>>(m => m.MergeAsync(older.Id, newer.Id, "same phone", "lead@shop.cn"));

        Assert.Empty((await FirstPage()).Pairs);
    }

    [Fact]
    public async Task Each_side_shows_how_much_it_holds()
    {
        await CustomerBuilder.Named("Chen Li").WithEmail("chen.li@gmail.com").Bought("silk scarf", 300).Noted("prefers email").SaveIn(database);
        await CustomerBuilder.Named("chen li").WithEmail("chenli@qq.com").SaveIn(database);

        var pair = Assert.Single((await FirstPage()).Pairs);

        Assert.Equal((1, 1, 0, 0), (pair.Left.Purchases, pair.Left.Notes, pair.Right.Purchases, pair.Right.Notes));
    }
}
