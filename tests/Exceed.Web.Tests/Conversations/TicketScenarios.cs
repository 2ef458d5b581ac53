using Exceed.Core.Channels;
using Exceed.Web.Tests.Infrastructure;

namespace Exceed.Web.Tests.Conversations;

/// <summary>Agents answer, note, hand over and sort conversations; replies reach the integration signed, notes never do.</summary>
public abstract class TicketScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    private async Task<(Guid Channel, Guid Conversation)> CustomerWritesAsync(string? webhook = null, string text = "我的快递三天没动了")
    {
        var channel = await Api.CreateChannelAsync(webhookUrl: webhook);
        var created = await Api.PostAsJsonAsync("/api/v1/channels", new { name = "check secret", senderKind = "weChat" }, Ct).OkAsync();
        Assert.False(string.IsNullOrEmpty(created.Text("webhookSecret")));
        var result = await Api.ReceivedAsync(channel, "wx_chen_li", text, "m-1", "陈丽");
        return (channel, result.Id("conversationId"));
    }

    [Fact]
    public async Task Agent_reply_reaches_the_integration_signed_with_the_channel_secret()
    {
        await using var hook = await WebhookReceiver.StartAsync();
        var channelResponse = await Api.PostAsJsonAsync("/api/v1/channels", new { name = "WeChat", senderKind = "weChat", webhookUrl = hook.Url }, Ct).OkAsync();
        var secret = channelResponse.Text("webhookSecret");
        var conversation = (await Api.ReceivedAsync(channelResponse.Id("id"), "wx_chen_li", "快递三天没动了", "m-1")).Id("conversationId");

        await Api.PostAsJsonAsync($"/api/v1/conversations/{conversation}/replies", new { text = "陈女士,我马上帮您联系快递,20分钟内回复您。" }, Ct).OkAsync();

        var (headers, body) = await hook.NextAsync();
        var timestamp = long.Parse(headers[WebhookSignature.TimestampHeader].ToString(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(WebhookSignature.Verify(secret, timestamp, body, headers[WebhookSignature.Header]), "signature does not verify");
        var payload = JsonDocument.Parse(body).RootElement;
        Assert.Equal("陈女士,我马上帮您联系快递,20分钟内回复您。", payload.Text("text"));
        Assert.Equal("wx_chen_li", payload.GetProperty("to").Text("value"));
    }

    [Fact]
    public async Task Reply_shows_as_sent_once_the_integration_accepted_it()
    {
        await using var hook = await WebhookReceiver.StartAsync();
        var (_, conversation) = await CustomerWritesAsync(hook.Url);

        var reply = await Api.PostAsJsonAsync($"/api/v1/conversations/{conversation}/replies", new { text = "马上为您查询" }, Ct).OkAsync();
        await hook.NextAsync();

        var delivery = "";
        for (var i = 0; i < 100 && delivery != "sent"; i++)
        {
            var entries = (await Api.ConversationAsync(conversation)).GetProperty("entries");
            delivery = entries.EnumerateArray().Single(e => e.Id("id") == reply.Id("id")).Text("delivery");
            await Task.Delay(100, Ct);
        }
        Assert.Equal("sent", delivery);
    }

    [Fact]
    public async Task Internal_note_is_kept_in_the_history_and_never_sent()
    {
        await using var hook = await WebhookReceiver.StartAsync();
        var (_, conversation) = await CustomerWritesAsync(hook.Url);

        await Api.PostAsJsonAsync($"/api/v1/conversations/{conversation}/notes", new { text = "客户上次投诉过同一快递,优先处理" }, Ct).OkAsync();
        await Api.PostAsJsonAsync($"/api/v1/conversations/{conversation}/replies", new { text = "已为您加急" }, Ct).OkAsync();

        var (_, body) = await hook.NextAsync();
        Assert.Equal("已为您加急", JsonDocument.Parse(body).RootElement.Text("text"));
        Assert.False(hook.TryTake(out _));
        var kinds = (await Api.ConversationAsync(conversation)).GetProperty("entries").EnumerateArray().Select(e => e.Text("kind")).ToList();
        Assert.Contains("internalNote", kinds);
    }

    [Fact]
    public async Task Reply_moves_the_conversation_to_pending_customer_and_stops_the_wait()
    {
        var (_, conversation) = await CustomerWritesAsync();
        Assert.Equal(1, (await Api.InboxAsync("view=waiting")).GetArrayLength());

        await Api.PostAsJsonAsync($"/api/v1/conversations/{conversation}/replies", new { text = "您好,已收到" }, Ct).OkAsync();

        var after = await Api.ConversationAsync(conversation);
        Assert.Equal("pendingCustomer", after.Text("status"));
        Assert.Equal(0, (await Api.InboxAsync("view=waiting")).GetArrayLength());
    }

    [Fact]
    public async Task Customer_answer_reopens_a_solved_conversation()
    {
        var (channel, conversation) = await CustomerWritesAsync();
        await Api.PatchAsJsonAsync($"/api/v1/conversations/{conversation}", new { status = "solved" }, Ct).OkAsync();

        var again = await Api.ReceivedAsync(channel, "wx_chen_li", "还是没收到", "m-2");

        Assert.Equal(conversation, again.Id("conversationId"));
        Assert.Equal("open", (await Api.ConversationAsync(conversation)).Text("status"));
    }

    [Fact]
    public async Task Hand_off_between_owners_needs_a_note_which_the_next_owner_reads_first()
    {
        var (_, conversation) = await CustomerWritesAsync();
        var (liId, li) = await App.AddAgentAsync(Api, "xiaoli@exceed.local", "小李");
        using var signedIn = li;
        await Api.PostAsJsonAsync($"/api/v1/conversations/{conversation}/replies", new { text = "您好,我来帮您查", status = "open" }, Ct).OkAsync();

        var withoutNote = await Api.PostAsJsonAsync($"/api/v1/conversations/{conversation}/handoff", new { toStaffId = liId }, Ct);
        var problem = await withoutNote.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("note", out _));

        await Api.PostAsJsonAsync($"/api/v1/conversations/{conversation}/handoff",
            new { toStaffId = liId, note = "快递单号 SF1234 已催,客户要求今天送到;不要再问她单号" }, Ct).OkAsync();

        var mine = await li.InboxAsync("view=mine");
        Assert.True(mine[0].GetProperty("handOffUnread").GetBoolean());
        var seen = await li.ConversationAsync(conversation);
        Assert.Equal("快递单号 SF1234 已催,客户要求今天送到;不要再问她单号", seen.GetProperty("handOff").Text("note"));
        await li.PostAsync($"/api/v1/conversations/{conversation}/handoff/read", null, Ct).OkAsync();
        Assert.False((await li.InboxAsync("view=mine"))[0].GetProperty("handOffUnread").GetBoolean());
    }

    [Fact]
    public async Task Unassigned_view_lists_new_conversations_and_mine_lists_what_I_took()
    {
        var (_, conversation) = await CustomerWritesAsync();
        var (liId, li) = await App.AddAgentAsync(Api, "xiaoli@exceed.local", "小李");
        using var signedIn = li;
        Assert.Equal(conversation, (await li.InboxAsync("view=unassigned"))[0].Id("id"));

        await li.PostAsJsonAsync($"/api/v1/conversations/{conversation}/handoff", new { toStaffId = liId }, Ct).OkAsync();

        Assert.Equal(0, (await li.InboxAsync("view=unassigned")).GetArrayLength());
        Assert.Equal(conversation, (await li.InboxAsync("view=mine"))[0].Id("id"));
    }

    [Fact]
    public async Task Waiting_view_puts_who_has_waited_longest_first()
    {
        var channel = await Api.CreateChannelAsync();
        var early = (await Api.ReceivedAsync(channel, "wx_a", "早上好", "a-1")).Id("conversationId");
        App.Clock.Set(ExceedFactory.Monday0930Shanghai.AddMinutes(15));
        var late = (await Api.ReceivedAsync(channel, "wx_b", "在吗", "b-1")).Id("conversationId");

        var waiting = await Api.InboxAsync("view=waiting");

        Assert.Equal([early, late], waiting.EnumerateArray().Select(r => r.Id("id")).ToArray());
    }

    [Fact]
    public async Task Bulk_solve_changes_every_picked_conversation()
    {
        var channel = await Api.CreateChannelAsync();
        var a = (await Api.ReceivedAsync(channel, "wx_a", "谢谢", "a-1")).Id("conversationId");
        var b = (await Api.ReceivedAsync(channel, "wx_b", "好的", "b-1")).Id("conversationId");

        var result = await Api.PostAsJsonAsync("/api/v1/conversations/bulk", new { ids = new[] { a, b }, changes = new { status = "solved", addTags = new[] { "thanks" } } }, Ct).OkAsync();

        Assert.Equal(2, result.GetProperty("changed").GetInt32());
        Assert.Equal(0, (await Api.InboxAsync("view=all")).GetArrayLength());
        Assert.Equal(2, (await Api.InboxAsync("view=all&status=solved&tag=thanks")).GetArrayLength());
    }

    [Fact]
    public async Task Message_is_found_by_search_in_the_other_script()
    {
        var (_, conversation) = await CustomerWritesAsync(text: "訂單 8812 還沒發貨");

        var hits = await Api.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString("发货"), Ct);

        Assert.Contains(hits.GetProperty("hits").EnumerateArray(), h => h.Text("kind") == "message" && h.Id("conversationId") == conversation);
    }

    [Fact]
    public async Task Erasing_the_customer_erases_what_they_wrote()
    {
        var (_, conversation) = await CustomerWritesAsync(text: "我住在南京路 100 号");
        var customer = (await Api.ConversationAsync(conversation)).Id("customerId");

        (await Api.DeleteAsync($"/api/v1/customers/{customer}", Ct)).EnsureSuccessStatusCode();

        var after = await Api.ConversationAsync(conversation);
        Assert.DoesNotContain("南京路", after.ToString());
    }

    [Fact]
    public async Task Customer_text_with_markup_is_kept_as_plain_text()
    {
        var (_, conversation) = await CustomerWritesAsync(text: "<img src=x onerror=alert(1)>快递呢");

        var entry = (await Api.ConversationAsync(conversation)).GetProperty("entries")[0];

        Assert.Equal("<img src=x onerror=alert(1)>快递呢", entry.Text("text"));
    }
}

public sealed class TicketsOnSqlite(SqliteExceed app) : TicketScenarios<SqliteExceed>(app);
public sealed class TicketsOnPostgres(PostgresExceed app) : TicketScenarios<PostgresExceed>(app);
