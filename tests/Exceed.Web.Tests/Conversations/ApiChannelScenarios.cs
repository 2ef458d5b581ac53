using Exceed.Web.Tests.Infrastructure;

namespace Exceed.Web.Tests.Conversations;

/// <summary>WeChat, SMS and marketplace messages arriving through an API channel become conversations, each message stored once.</summary>
public abstract class ApiChannelScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    [Fact]
    public async Task First_message_from_a_stranger_opens_a_conversation_and_remembers_them()
    {
        var channel = await Api.CreateChannelAsync();

        var result = await Api.ReceivedAsync(channel, "wx_chen_li", "你好,我的订单还没发货", "m-1", "陈丽");

        var conversation = await Api.ConversationAsync(result.Id("conversationId"));
        Assert.Equal("你好,我的订单还没发货", conversation.GetProperty("entries")[0].Text("text"));
        var card = await Api.CardAsync("wechat", "wx_chen_li");
        Assert.Equal("陈丽", card.Text("displayName"));
    }

    [Fact]
    public async Task Retried_delivery_is_stored_once()
    {
        var channel = await Api.CreateChannelAsync();
        var first = await Api.ReceivedAsync(channel, "wx_chen_li", "在吗?", "m-1");

        var retry = await Api.SendAsync(channel, "wx_chen_li", "在吗?", "m-1");

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var again = await retry.JsonAsync();
        Assert.True(again.GetProperty("duplicate").GetBoolean());
        Assert.Equal(first.Id("entryId"), again.Id("entryId"));
        Assert.Equal(1, (await Api.ConversationAsync(first.Id("conversationId"))).GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task Idempotency_key_header_dedupes_like_the_message_id()
    {
        var channel = await Api.CreateChannelAsync();
        async Task<HttpResponseMessage> Post()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/channels/{channel}/messages")
            {
                Content = JsonContent.Create(new { from = "wx_1", text = "hello" }),
            };
            request.Headers.Add("Idempotency-Key", "k-42");
            return await Api.SendAsync(request, Ct);
        }

        Assert.Equal(HttpStatusCode.Created, (await Post()).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Post()).StatusCode);
    }

    [Fact]
    public async Task Next_message_continues_the_open_conversation()
    {
        var channel = await Api.CreateChannelAsync();
        var first = await Api.ReceivedAsync(channel, "wx_chen_li", "在吗?", "m-1");

        var second = await Api.ReceivedAsync(channel, "wx_chen_li", "订单 8812 什么时候到?", "m-2");

        Assert.Equal(first.Id("conversationId"), second.Id("conversationId"));
        Assert.False(second.GetProperty("newConversation").GetBoolean());
    }

    [Fact]
    public async Task Known_customer_is_recognised_and_the_thread_shows_on_their_history()
    {
        var id = await CreateAsync(CustomerBuilder.Named("王建国").WeChat("wx_wang"));
        var channel = await Api.CreateChannelAsync();

        var result = await Api.ReceivedAsync(channel, "wx_wang", "还是老样子,两箱高钙奶", "m-1");

        Assert.Equal(id, result.Id("customerId"));
        var history = await Api.InboxAsync($"customerId={id}");
        Assert.Equal(result.Id("conversationId"), history[0].Id("id"));
    }

    [Fact]
    public async Task Message_without_an_id_is_refused_naming_the_field_and_nothing_is_stored()
    {
        var channel = await Api.CreateChannelAsync();

        var response = await Api.PostAsJsonAsync($"/api/v1/channels/{channel}/messages", new { from = "wx_1", text = "hi" }, Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("messageId", out _), problem.ToString());
        Assert.Equal(0, (await Api.InboxAsync("view=all")).GetArrayLength());
        Assert.Equal(0, await CustomerCountAsync());
    }

    [Fact]
    public async Task Oversize_message_is_refused_with_the_limit_and_nothing_is_stored()
    {
        var channel = await Api.CreateChannelAsync();

        var response = await Api.SendAsync(channel, "wx_1", new string('长', 20_001), "m-big");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("20,000", problem.Text("detail"));
        Assert.Equal(0, (await Api.InboxAsync("view=all")).GetArrayLength());
    }

    [Fact]
    public async Task Attachment_arrives_with_the_message_and_downloads_as_sent()
    {
        var channel = await Api.CreateChannelAsync();
        var bytes = "发票 PDF"u8.ToArray();

        var result = await Api.PostAsJsonAsync($"/api/v1/channels/{channel}/messages", new
        {
            from = "wx_1", text = "发票在附件", messageId = "m-att",
            attachments = new[] { new { fileName = "发票.pdf", contentType = "application/pdf", contentBase64 = Convert.ToBase64String(bytes) } },
        }, Ct).OkAsync();

        var entry = (await Api.ConversationAsync(result.Id("conversationId"))).GetProperty("entries")[0];
        var link = entry.GetProperty("attachments")[0];
        Assert.Equal("发票.pdf", link.Text("fileName"));
        Assert.Equal(bytes, await Api.GetByteArrayAsync(link.Text("url"), Ct));
    }

    [Fact]
    public async Task Unknown_channel_is_a_not_found_problem()
    {
        var response = await Api.SendAsync(Guid.NewGuid(), "wx_1", "hi", "m-1");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}

public sealed class ApiChannelOnSqlite(SqliteExceed app) : ApiChannelScenarios<SqliteExceed>(app);
public sealed class ApiChannelOnPostgres(PostgresExceed app) : ApiChannelScenarios<PostgresExceed>(app);
