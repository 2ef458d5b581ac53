using Exceed.Web.Tests.Infrastructure;

namespace Exceed.Web.Tests.Customers;

/// <summary>Two records of one person become one, and nothing either of them knew is lost.</summary>
public abstract class MergeScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    private static readonly DateTimeOffset March = ExceedFactory.Monday0930Shanghai.AddMonths(-8);

    [Fact]
    public async Task Merge_keeps_every_identity_note_purchase_preference_wish_and_date_of_both()
    {
        var wang = await CreateAsync(CustomerBuilder.WangJianguo().Needs("无烟房").Bought("龙井茶", 128, March).Note("常住 1208"));
        var second = await CreateAsync(CustomerBuilder.Named("王建国").Email("wang@example.com").Likes("高楼层")
            .Wished("羊绒围巾", March).Birthday(5, 12).Bought("高钙牛奶", 39, March).Note("喜欢安静"));

        var merged = await Api.PostAsJsonAsync($"/api/v1/customers/{wang}/merge", new { mergeId = second, reason = "same guest, booked with email" }, Ct);

        merged.EnsureSuccessStatusCode();
        var customer = await (await Api.GetAsync($"/api/v1/customers/{wang}", Ct)).JsonAsync();
        Assert.Equal(["+8613800138000", "wang@example.com"], customer.GetProperty("identities").EnumerateArray().Select(i => i.GetProperty("value").GetString()).Order());
        Assert.Equal(["喜欢安静", "常住 1208"], customer.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("text").GetString()).Order());
        Assert.Equal(["高钙牛奶", "龙井茶"], customer.GetProperty("purchases").EnumerateArray().Select(p => p.GetProperty("item").GetString()).Order());
        Assert.Equal(["无烟房", "高楼层"], customer.GetProperty("preferences").EnumerateArray().Select(p => p.GetProperty("text").GetString()).Order());
        Assert.Equal("羊绒围巾", customer.GetProperty("wishItems")[0].GetProperty("item").GetString());
        Assert.Equal(12, customer.GetProperty("importantDates")[0].GetProperty("day").GetInt32());
    }

    [Fact]
    public async Task The_merged_record_email_now_recognises_the_survivor_and_the_merge_is_explained()
    {
        var wang = await CreateAsync(CustomerBuilder.WangJianguo());
        var second = await CreateAsync(CustomerBuilder.Named("王建国").Email("wang@example.com"));
        (await Api.PostAsJsonAsync($"/api/v1/customers/{wang}/merge", new { mergeId = second, reason = "same guest" }, Ct)).EnsureSuccessStatusCode();

        Assert.Equal(wang, (await Api.CardAsync("email", "WANG@example.com")).GetProperty("id").GetGuid());
        var merges = await (await Api.GetAsync($"/api/v1/customers/{wang}/merges", Ct)).JsonAsync();
        Assert.Contains("same guest", merges.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merging_a_customer_into_itself_is_refused_and_changes_nothing()
    {
        var wang = await CreateAsync(CustomerBuilder.WangJianguo());

        var response = await Api.PostAsJsonAsync($"/api/v1/customers/{wang}/merge", new { mergeId = wang, reason = "oops" }, Ct);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(wang, (await Api.CardAsync("phone", "13800138000")).GetProperty("id").GetGuid());
    }
}

public sealed class MergeOnSqlite(SqliteExceed app) : MergeScenarios<SqliteExceed>(app);
public sealed class MergeOnPostgres(PostgresExceed app) : MergeScenarios<PostgresExceed>(app);
