using Exceed.Core.Common;
using Exceed.Core.Customers;
using Exceed.Core.Customers.Duplicates;
using Exceed.Core.Recognition;

namespace Exceed.Core.Tests.Customers;

public sealed class MergeTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async ValueTask InitializeAsync() => database = await TestDatabase.CreateAsync();
    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    private Task<Customer> OlderWang() => CustomerBuilder.Named("王建国").WithPhone("138 0013 8000").WithHandle("wang_88")
        .Likes("靠窗的座位").Needs("花生过敏").BornOn(5, 20, 1980).Bought("茶具", 680).Wishes("紫砂壶").Noted("喜欢早上来电").SaveIn(database);

    private Task<Customer> NewerWang() => CustomerBuilder.Named("王建国").WithPhone("138 0013 8001").WithEmail("wjg@example.com")
        .Family("王", Salutation.Mr).Tagged("vip").Likes("靠窗的座位").Likes("绿茶").BornOn(5, 20, 1980).BornOn(10, 1)
        .Bought("茶叶", 120).Bought("茶杯", 60).Wishes("铁观音").Noted("上次投诉送货慢").SaveIn(database);

    private Task<Outcome<Customer>> Merge(Guid survivor, Guid merged, string reason = "同一手机号打错一位") =>
        database.RunAsync<MergeService, Outcome<Customer>>(s => s.MergeAsync(survivor, merged, reason, "lead@shop.cn"));

    [Fact]
    public async Task Merge_keeps_every_identity_note_purchase_preference_wish_and_date_of_both()
    {
        var (older, newer) = (await OlderWang(), await NewerWang());

        var survivor = (await Merge(older.Id, newer.Id)).Value!;

        Assert.Equal(["+8613800138000", "+8613800138001", "wang_88", "wjg@example.com"], survivor.Identities.Select(i => i.Value).Order());
        Assert.Equal(["上次投诉送货慢", "喜欢早上来电"], survivor.Notes.Select(n => n.Text).Order());
        Assert.Equal(["茶具", "茶叶", "茶杯"], survivor.Purchases.Select(p => p.Item).Order());
        Assert.Equal(["紫砂壶", "铁观音"], survivor.WishItems.Select(w => w.Item).Order());
        Assert.Equal(["绿茶", "花生过敏", "靠窗的座位"], survivor.Preferences.Select(p => p.Text).Order());
        Assert.Equal([(5, 20), (10, 1)], survivor.ImportantDates.Select(d => (d.Month, d.Day)).Order());
    }

    [Fact]
    public async Task The_survivor_keeps_its_profile_and_fills_what_it_left_empty()
    {
        var (older, newer) = (await OlderWang(), await NewerWang());

        var survivor = (await Merge(older.Id, newer.Id)).Value!;

        Assert.Equal(("王建国", "王", Salutation.Mr, "vip"), (survivor.DisplayName, survivor.FamilyName, survivor.Salutation, survivor.Tags));
    }

    [Fact]
    public async Task The_merged_customers_phone_now_recognises_the_survivor()
    {
        var (older, newer) = (await OlderWang(), await NewerWang());
        await Merge(older.Id, newer.Id);

        var recognised = await database.RunAsync<RecognitionService, RecognitionResult>(r => r.IdentifyAsync(IdentityKind.Phone, "13800138001", "zh-Hans"));

        Assert.Equal(older.Id, recognised.Card?.Id);
    }

    [Fact]
    public async Task The_merged_record_is_kept_pointing_at_the_survivor_and_no_longer_opens()
    {
        var (older, newer) = (await OlderWang(), await NewerWang());
        await Merge(older.Id, newer.Id);

        Assert.Null(await database.RunAsync<CustomerService, Customer?>(s => s.GetAsync(newer.Id)));
    }

    [Fact]
    public async Task The_merge_is_explained_with_who_when_why_and_what_moved()
    {
        var (older, newer) = (await OlderWang(), await NewerWang());
        await Merge(older.Id, newer.Id);

        var story = Assert.Single(await database.RunAsync<MergeService, List<MergeExplanation>>(s => s.ExplainAsync(older.Id)));

        Assert.Equal((newer.Id, "王建国", "lead@shop.cn", database.Clock.GetUtcNow(), "同一手机号打错一位"), (story.MergedId, story.MergedName, story.Actor, story.At, story.Reason));
        Assert.Equal((2, 1, 1, 1, 1, 2, 1, 1), (story.Moved!.Identities, story.Moved.Preferences, story.Moved.PreferencesAlreadyKnown,
            story.Moved.Dates, story.Moved.DatesAlreadyKnown, story.Moved.Purchases, story.Moved.Wishes, story.Moved.Notes));
    }

    [Fact]
    public async Task Merging_a_customer_into_itself_is_refused_and_changes_nothing()
    {
        var older = await OlderWang();

        var outcome = await Merge(older.Id, older.Id);

        Assert.Equal(400, outcome.Problem?.Status);
        var after = await database.RunAsync<CustomerService, Customer?>(s => s.GetAsync(older.Id));
        Assert.Equal((2, 0), (after!.Identities.Count, (await database.RunAsync<MergeService, List<MergeExplanation>>(s => s.ExplainAsync(older.Id))).Count));
    }

    [Fact]
    public async Task Merging_into_a_customer_already_merged_away_is_refused()
    {
        var (older, newer) = (await OlderWang(), await NewerWang());
        var third = await CustomerBuilder.Named("王建国").WithPhone("139 1122 4455").SaveIn(database);
        await Merge(older.Id, newer.Id);

        var outcome = await Merge(newer.Id, third.Id);

        Assert.Equal(409, outcome.Problem?.Status);
    }

    [Fact]
    public async Task Merging_without_a_reason_is_refused()
    {
        var (older, newer) = (await OlderWang(), await NewerWang());

        var outcome = await Merge(older.Id, newer.Id, "  ");

        Assert.Contains("reason", outcome.Problem!.Errors!.Keys);
    }
}
