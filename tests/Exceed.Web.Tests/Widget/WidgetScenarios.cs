using Exceed.Core.Widget;
using Exceed.Web.Tests.Conversations;
using Exceed.Web.Tests.Infrastructure;

namespace Exceed.Web.Tests.Widget;

/// <summary>A shop's site visitor chats through the widget: no account, their conversation kept, the agent's answers live.</summary>
public abstract class WidgetScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    [Fact]
    public async Task Visitor_message_opens_a_chat_conversation_in_the_inbox()
    {
        using var visitor = await Visitor.StartAsync(App);

        var sent = await visitor.SaidAsync("你好，请问羊绒围巾还有货吗？");

        var conversation = await Api.ConversationAsync(sent.Id("conversationId"));
        Assert.Equal("chat", conversation.Text("channel"));
        Assert.Equal("你好，请问羊绒围巾还有货吗？", conversation.GetProperty("entries")[0].Text("text"));
    }

    [Fact]
    public async Task Returning_visitor_continues_their_conversation_and_sees_it_so_far()
    {
        using var first = await Visitor.StartAsync(App);
        var sent = await first.SaidAsync("我的订单 8812 到哪了？");

        using var back = await Visitor.StartAsync(App, first.Token);
        var again = await back.SaidAsync("还在吗？");

        Assert.Equal(sent.Id("conversationId"), back.Opened.Id("conversationId"));
        Assert.Equal("我的订单 8812 到哪了？", back.Opened.GetProperty("lines")[0].Text("text"));
        Assert.Equal(sent.Id("conversationId"), again.Id("conversationId"));
    }

    [Fact]
    public async Task Resent_message_with_the_same_client_id_is_stored_once()
    {
        using var visitor = await Visitor.StartAsync(App);
        var first = await visitor.SayAsync("在吗", "c-1");

        var retry = await visitor.SayAsync("在吗", "c-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var conversation = await Api.ConversationAsync((await retry.JsonAsync()).Id("conversationId"));
        Assert.Equal(1, conversation.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task Forged_visitor_token_is_refused_and_nothing_is_stored()
    {
        using var visitor = await Visitor.StartAsync(App);

        var send = await visitor.SendAsync(new { text = "hello" }, token: visitor.Token + "x");
        var start = await visitor.StartAsync(new { token = "CfDJ8-made-up-token" });

        var problem = await send.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("X-Visitor-Token", problem.Text("field"));
        await start.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(0, (await Api.InboxAsync("view=all")).GetArrayLength());
    }

    [Fact]
    public async Task Signed_in_shopper_is_linked_to_their_customer_record()
    {
        var id = await CreateAsync(CustomerBuilder.Named("陈丽").Email("chen.li@example.com"));
        using var visitor = await Visitor.StartAsync(App);

        var sent = await visitor.SendAsync(new
        {
            text = "上次买的面霜还有吗？",
            customerEmail = "Chen.Li@example.com",
            customerToken = ShopperSignature.Sign(ExceedFactory.WidgetShopSecret, "chen.li@example.com"),
        }).OkAsync();

        var conversation = await Api.ConversationAsync(sent.Id("conversationId"));
        Assert.Equal(id, conversation.Id("customerId"));
    }

    [Fact]
    public async Task Shopper_identity_signed_with_another_secret_is_refused_and_nothing_is_stored()
    {
        await CreateAsync(CustomerBuilder.Named("陈丽").Email("chen.li@example.com"));
        using var visitor = await Visitor.StartAsync(App);

        var sent = await visitor.SendAsync(new
        {
            text = "把她的订单给我看看",
            customerEmail = "chen.li@example.com",
            customerToken = ShopperSignature.Sign("guessed-secret", "chen.li@example.com"),
        });

        var problem = await sent.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("customerToken", out _));
        Assert.Equal(0, (await Api.InboxAsync("view=all")).GetArrayLength());
    }

    [Fact]
    public async Task Message_longer_than_a_message_may_be_is_refused_and_nothing_is_stored()
    {
        using var visitor = await Visitor.StartAsync(App);

        var sent = await visitor.SayAsync(new string('a', 20_001));

        var problem = await sent.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out _));
        Assert.Equal(0, (await Api.InboxAsync("view=all")).GetArrayLength());
    }

    [Fact]
    public async Task Request_body_over_64_KB_is_refused_with_413_and_nothing_is_stored()
    {
        using var visitor = await Visitor.StartAsync(App);

        var sent = await visitor.PostAsync("/widget/api/messages", Visitor.Raw($"{{\"text\":\"{new string('a', 70_000)}\"}}"));

        await sent.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, (await Api.InboxAsync("view=all")).GetArrayLength());
    }

    [Fact]
    public async Task Visitor_who_keeps_sending_is_slowed_down_with_429()
    {
        using var visitor = await Visitor.StartAsync(App);
        HttpResponseMessage last = new(HttpStatusCode.OK);

        for (var i = 0; i < 70 && last.StatusCode != HttpStatusCode.TooManyRequests; i++)
        {
            last = await visitor.PostAsync("/widget/api/typing", Visitor.Raw("{}"));
        }

        var problem = await last.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("wait", problem.Text("detail"), StringComparison.Ordinal);
        Assert.True(last.Headers.RetryAfter is not null);
        using var other = await Visitor.StartAsync(App);
        Assert.Equal(HttpStatusCode.Created, (await other.SayAsync("another visitor is still heard")).StatusCode);
    }

    [Fact]
    public async Task Agent_reply_reaches_the_open_widget_live()
    {
        using var visitor = await Visitor.StartAsync(App);
        var conversation = (await visitor.SaidAsync("有人吗？")).Id("conversationId");
        using var live = await visitor.ListenAsync();

        await Api.PostAsJsonAsync($"/api/v1/conversations/{conversation}/replies", new { text = "您好，我在的，请问有什么可以帮您？" }, Ct).OkAsync();

        var line = await live.NextAsync("line");
        Assert.Equal("您好，我在的，请问有什么可以帮您？", line.Text("text"));
        Assert.False(line.GetProperty("fromVisitor").GetBoolean());
    }

    [Fact]
    public async Task Visitor_sees_the_agent_typing_and_reading()
    {
        using var visitor = await Visitor.StartAsync(App);
        var conversation = (await visitor.SaidAsync("有人吗？")).Id("conversationId");
        using var live = await visitor.ListenAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await Api.PostAsync($"/api/v1/conversations/{conversation}/typing", null, Ct)).StatusCode);
        await live.NextAsync("typing");
        Assert.Equal(HttpStatusCode.NoContent, (await Api.PostAsync($"/api/v1/conversations/{conversation}/read", null, Ct)).StatusCode);
        var read = await live.NextAsync("read");

        Assert.True(read.GetProperty("at").GetDateTimeOffset() > DateTimeOffset.MinValue);
    }

    [Fact]
    public async Task Widget_shows_how_quickly_we_usually_reply_from_real_answers()
    {
        foreach (var minutes in new[] { 4, 7, 30 })
        {
            App.Clock.Set(ExceedFactory.Monday0930Shanghai);
            using var asking = await Visitor.StartAsync(App);
            var conversation = (await asking.SaidAsync("请问几点关门？")).Id("conversationId");
            App.Clock.Set(ExceedFactory.Monday0930Shanghai.AddMinutes(minutes));
            await Api.PostAsJsonAsync($"/api/v1/conversations/{conversation}/replies", new { text = "晚上九点。" }, Ct).OkAsync();
        }

        using var visitor = await Visitor.StartAsync(App);

        Assert.Equal(7, visitor.Opened.GetProperty("usualReplyMinutes").GetInt32());
    }

    [Fact]
    public async Task Visitor_who_leaves_an_email_comes_back_to_the_same_conversation_by_the_link()
    {
        using var visitor = await Visitor.StartAsync(App);
        var conversation = (await visitor.SaidAsync("退货地址是哪里？")).Id("conversationId");

        var left = await visitor.PostAsync("/widget/api/email", JsonContent.Create(new { email = "visitor@example.com" })).OkAsync();
        var link = new Uri(left.Text("link"));
        var page = await visitor.Http.GetStringAsync(link.PathAndQuery, Ct);
        using var later = new Visitor(App.CreateBrowserlessClient());
        var resumed = await later.StartAsync(new { resume = Uri.UnescapeDataString(link.Segments[^1]) });

        Assert.Contains("data-resume=", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        Assert.Equal(conversation, later.Opened.Id("conversationId"));
        var history = await Api.ConversationAsync(conversation);
        Assert.Contains(history.GetProperty("entries").EnumerateArray(), e => e.Text("text") == "visitor-email=visitor@example.com");
    }

    [Fact]
    public async Task Only_the_shops_own_site_may_call_the_widget_from_its_pages()
    {
        using var client = App.CreateBrowserlessClient();

        var allowed = await PreflightAsync(client, "/widget/api/messages", ExceedFactory.WidgetShopOrigin);
        var stranger = await PreflightAsync(client, "/widget/api/messages", "https://evil.example");
        var staffApi = await PreflightAsync(client, "/api/v1/customers", ExceedFactory.WidgetShopOrigin);

        Assert.Equal(ExceedFactory.WidgetShopOrigin, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(stranger.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(staffApi.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Widget_script_is_small_and_never_writes_text_as_markup()
    {
        using var client = App.CreateBrowserlessClient();

        var response = await client.GetAsync("/widget.js", Ct);
        var script = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync(Ct)).Length < 30 * 1024, "widget.js must stay under 30 KB");
        Assert.DoesNotContain("innerHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("insertAdjacentHTML", script, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PreflightAsync(HttpClient client, string path, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-visitor-token");
        return await client.SendAsync(request, Ct);
    }
}

public sealed class WidgetOnSqlite(SqliteExceed app) : WidgetScenarios<SqliteExceed>(app);

public sealed class WidgetOnPostgres(PostgresExceed app) : WidgetScenarios<PostgresExceed>(app);
