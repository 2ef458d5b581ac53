using Exceed.Web.Tests.Conversations;
using Exceed.Web.Tests.Infrastructure;

namespace Exceed.Web.Tests.Replies;

/// <summary>A lead keeps canned replies per language; an agent gets one filled for the customer in front of them.</summary>
public abstract class CannedReplyScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    private Task<HttpResponseMessage> AddAsync(object reply, HttpClient? client = null) =>
        (client ?? Api).PostAsJsonAsync("/api/v1/replies", reply, Ct);

    private async Task<Guid> AddedAsync(string language, string title, string shortcut, string body)
    {
        var response = await AddAsync(new { language, title, shortcut, body });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.JsonAsync()).Id("id");
    }

    private async Task<Guid> WangWritesAsync()
    {
        await CreateAsync(CustomerBuilder.WangJianguo().WeChat("wx_wang").Order("TB-88120"));
        var channel = await Api.CreateChannelAsync();
        return (await Api.ReceivedAsync(channel, "wx_wang", "我的快递到哪了?", "m-1")).Id("conversationId");
    }

    [Fact]
    public async Task Agent_gets_the_reply_with_the_customers_greeting_name_and_order_filled_in()
    {
        var conversation = await WangWritesAsync();
        var (_, agent) = await App.AddAgentAsync(Api, "li@shop.example", "小李");
        var id = await AddedAsync("zh-Hans", "快递进度", "delivery", "{greeting}!{name}您好,订单 {order} 已发出,我是{agent},有问题随时找我。");

        var filled = await agent.GetFromJsonAsync<JsonElement>($"/api/v1/replies/{id}/filled?conversationId={conversation}", Ct);

        Assert.Equal("王先生,早上好!王建国您好,订单 TB-88120 已发出,我是小李,有问题随时找我。", filled.Text("text"));
    }

    [Fact]
    public async Task Customer_text_in_a_variable_comes_back_as_plain_text_not_markup()
    {
        await CreateAsync(CustomerBuilder.Named("<img src=x onerror=alert(1)>").WeChat("wx_x"));
        var channel = await Api.CreateChannelAsync();
        var conversation = (await Api.ReceivedAsync(channel, "wx_x", "hi", "m-1")).Id("conversationId");
        var id = await AddedAsync("en", "Hello", "hello", "Hi {name}, thanks for writing.");

        var filled = await Api.GetFromJsonAsync<JsonElement>($"/api/v1/replies/{id}/filled?conversationId={conversation}", Ct);

        Assert.Equal("Hi <img src=x onerror=alert(1)>, thanks for writing.", filled.Text("text"));
    }

    [Fact]
    public async Task Unknown_variable_is_refused_naming_the_body_and_nothing_is_saved()
    {
        var problem = await (await AddAsync(new { language = "zh-Hans", title = "退款", shortcut = "refund", body = "{custmer},您好" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("{custmer}", problem.GetProperty("errors").GetProperty("body")[0].GetString());
        Assert.Equal(0, (await Api.GetFromJsonAsync<JsonElement>("/api/v1/replies", Ct)).GetArrayLength());
    }

    [Fact]
    public async Task Reply_without_fields_names_each_missing_one()
    {
        var problem = await (await AddAsync(new { language = "fr" })).AssertProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.All(new[] { "language", "title", "shortcut", "body" }, f => Assert.True(errors.TryGetProperty(f, out _), f));
    }

    [Fact]
    public async Task Shortcut_is_unique_within_a_language_but_may_repeat_across_languages()
    {
        await AddedAsync("zh-Hans", "快递进度", "delivery", "您的包裹已发出");
        await AddedAsync("zh-Hant", "快遞進度", "delivery", "您的包裹已寄出");

        var again = await (await AddAsync(new { language = "zh-Hans", title = "另一个", shortcut = "/Delivery", body = "…" })).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("delivery", again.GetProperty("errors").GetProperty("shortcut")[0].GetString());
    }

    [Fact]
    public async Task Agent_finds_replies_of_the_customers_language_by_title_in_either_script()
    {
        await AddedAsync("zh-Hant", "退貨流程", "return", "退貨請…");
        await AddedAsync("zh-Hans", "退货流程", "return", "退货请…");
        await AddedAsync("en", "Returns", "return", "To return…");

        var found = await Api.GetFromJsonAsync<JsonElement>($"/api/v1/replies?language=zh-Hant&q={Uri.EscapeDataString("退货")}", Ct);

        var reply = Assert.Single(found.EnumerateArray());
        Assert.Equal("退貨流程", reply.Text("title"));
    }

    [Fact]
    public async Task Agent_finds_a_reply_by_the_start_of_its_shortcut_typed_after_a_slash()
    {
        await AddedAsync("zh-Hans", "包裹已发出", "parcelf7a1", "{name}您好,您的包裹今天已经发出。");

        var found = await Api.GetFromJsonAsync<JsonElement>("/api/v1/replies?language=zh-Hans&q=/parcelf7", Ct);

        Assert.Equal("包裹已发出", Assert.Single(found.EnumerateArray()).Text("title"));
    }

    [Fact]
    public async Task Agent_may_use_but_not_change_canned_replies()
    {
        var (_, agent) = await App.AddAgentAsync(Api, "li@shop.example", "小李");

        var response = await AddAsync(new { language = "en", title = "Hi", shortcut = "hi", body = "Hello" }, agent);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/api/v1/replies", Ct)).StatusCode);
    }

    [Fact]
    public async Task Lead_edits_a_reply_and_deletes_it()
    {
        var id = await AddedAsync("en", "Hi", "hi", "Hello");

        await Api.PutAsJsonAsync($"/api/v1/replies/{id}", new { language = "en", title = "Hi", shortcut = "hi", body = "{greeting}!" }, Ct).OkAsync();
        var filled = await Api.GetFromJsonAsync<JsonElement>($"/api/v1/replies/{id}/filled", Ct);
        var deleted = await Api.DeleteAsync($"/api/v1/replies/{id}", Ct);

        Assert.Equal("Good morning!", filled.Text("text"));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await (await Api.GetAsync($"/api/v1/replies/{id}", Ct)).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}

public sealed class CannedRepliesOnSqlite(SqliteExceed app) : CannedReplyScenarios<SqliteExceed>(app);
public sealed class CannedRepliesOnPostgres(PostgresExceed app) : CannedReplyScenarios<PostgresExceed>(app);
