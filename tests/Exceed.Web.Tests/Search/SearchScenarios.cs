using Exceed.Core.Data;
using Exceed.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Web.Tests.Search;

/// <summary>An agent searches customers and notes in Simplified, Traditional and English from one box.</summary>
public abstract class SearchScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    private async Task<List<JsonElement>> SearchAsync(string query, string extra = "")
    {
        var response = await Api.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(query)}{extra}", Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return (await response.JsonAsync()).GetProperty("hits").EnumerateArray().ToList();
    }

    private static IEnumerable<string> Snippets(List<JsonElement> hits) => hits.Select(h => h.GetProperty("snippet").GetString()!);

    [Theory]
    [InlineData("订单", "客人说訂單還沒到")]
    [InlineData("質量", "她很在意质量")]
    [InlineData("发货", "昨天已經發貨了")]
    public async Task Simplified_and_Traditional_find_each_other(string query, string note)
    {
        await CreateAsync(CustomerBuilder.Named("陈丽").Phone("139 0000 1111").Note(note));

        var hits = await SearchAsync(query);

        Assert.Equal(note, Assert.Single(Snippets(hits)));
    }

    [Fact]
    public async Task Highlights_point_at_the_matching_characters_of_the_note()
    {
        const string note = "Guest asked: 訂單 A-1208 refund please";
        await CreateAsync(CustomerBuilder.Named("Ms Chen").Email("chen@example.com").Note(note));

        var hit = (await SearchAsync("订单 REFUND"))[0];

        var marked = hit.GetProperty("highlights").EnumerateArray()
            .Select(r => note.Substring(r.GetProperty("start").GetInt32(), r.GetProperty("length").GetInt32())).ToList();
        Assert.Equal(["訂單", "refund"], marked);
    }

    [Fact]
    public async Task Chinese_must_match_as_written_not_scattered()
    {
        await CreateAsync(CustomerBuilder.Named("王建国").Phone("138 0013 8000").Note("单号已发给客人,货到付款"));

        Assert.Empty(await SearchAsync("发货"));
        Assert.Single(await SearchAsync("货到"));
    }

    [Fact]
    public async Task English_matches_whole_words_and_every_word_must_match()
    {
        await CreateAsync(CustomerBuilder.Named("Li Na").Phone("138 0000 2222").Note("Parcel arrived damaged").Note("Wants a refund"));

        Assert.Single(await SearchAsync("parcel damaged"));
        Assert.Empty(await SearchAsync("parcel refund"));
        Assert.Empty(await SearchAsync("arrive"));
    }

    [Fact]
    public async Task A_customer_is_found_by_name_phone_as_typed_and_tag_and_leads_to_the_card()
    {
        var id = await CreateAsync(CustomerBuilder.Named("陳麗華").Phone("138 0013 8000"));
        (await Api.PatchAsJsonAsync($"/api/v1/customers/{id}", new { tags = new[] { "VIP" } }, Ct)).EnsureSuccessStatusCode();

        foreach (var query in new[] { "陈丽华", "8000", "vip" })
        {
            var hit = Assert.Single((await SearchAsync(query, "&kind=customer")));
            Assert.Equal($"/customers/{id}", hit.GetProperty("link").GetString());
        }
    }

    [Fact]
    public async Task A_removed_note_is_no_longer_found()
    {
        var id = await CreateAsync(CustomerBuilder.Named("赵敏").Phone("138 0000 3333").Note("羊绒围巾想要红色"));
        var customer = await Api.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}", Ct);
        var noteId = customer.GetProperty("notes")[0].GetProperty("id").GetGuid();

        (await Api.DeleteAsync($"/api/v1/customers/{id}/Notes/{noteId}", Ct)).EnsureSuccessStatusCode();

        Assert.Empty(await SearchAsync("羊絨圍巾"));
    }

    [Fact]
    public async Task After_a_merge_the_notes_of_both_lead_to_the_survivor()
    {
        var survivor = await CreateAsync(CustomerBuilder.WangJianguo());
        var duplicate = await CreateAsync(CustomerBuilder.Named("王建國").Phone("139 1111 2222").Note("喜歡龍井茶"));

        (await Api.PostAsJsonAsync($"/api/v1/customers/{survivor}/merge", new { mergeId = duplicate, reason = "same guest" }, Ct)).EnsureSuccessStatusCode();

        var note = Assert.Single((await SearchAsync("龙井茶")));
        Assert.Equal($"/customers/{survivor}", note.GetProperty("link").GetString());
        var customer = Assert.Single((await SearchAsync("王建国", "&kind=customer")));
        Assert.Equal(survivor, customer.GetProperty("entityId").GetGuid());
        Assert.Contains("139 1111 2222", customer.GetProperty("snippet").GetString());
    }

    [Fact]
    public async Task Erasing_a_customer_removes_everything_search_held_about_them()
    {
        var id = await CreateAsync(CustomerBuilder.WangJianguo().Note("住 1208 房,无烟房"));

        (await Api.DeleteAsync($"/api/v1/customers/{id}", Ct)).EnsureSuccessStatusCode();

        Assert.Empty(await SearchAsync("无烟房"));
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExceedDb>();
        Assert.False(await db.SearchDocuments.AnyAsync(d => d.CustomerId == id || d.EntityId == id, Ct));
    }

    [Theory]
    [InlineData("", "q")]
    [InlineData("q=%20%20", "q")]
    [InlineData("q=%EF%BC%8C%E3%80%82", "q")]
    [InlineData("q=order&kind=ticket", "kind")]
    [InlineData("q=order&limit=0", "limit")]
    [InlineData("q=order&limit=101", "limit")]
    public async Task Bad_searches_are_problems_naming_the_field(string queryString, string field)
    {
        var response = await Api.GetAsync($"/api/v1/search?{queryString}", Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task An_oversize_search_is_refused()
    {
        var response = await Api.GetAsync($"/api/v1/search?q={new string('a', 201)}", Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("200", problem.GetProperty("detail").GetString());
    }
}

public sealed class SearchOnSqlite(SqliteExceed app) : SearchScenarios<SqliteExceed>(app);
public sealed class SearchOnPostgres(PostgresExceed app) : SearchScenarios<PostgresExceed>(app);
