using Exceed.Core.Conversations;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Exceed.Core.Deadlines;
using Exceed.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Web.Tests.Conversations;

/// <summary>Messages arriving together are stored together; each sender still gets the answer it would have got alone.</summary>
public abstract class GroupCommitScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    [Fact]
    public async Task Same_delivery_sent_many_times_at_once_is_stored_once()
    {
        var channel = await Api.CreateChannelAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Api.SendAsync(channel, "wx_zhou", "发票开好了吗?", "m-same")));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, r.StatusCode.ToString()));
        var answers = await Task.WhenAll(responses.Select(r => r.JsonAsync()));
        Assert.Single(answers.Select(a => a.Id("entryId")).Distinct());
        Assert.Equal(11, answers.Count(a => a.GetProperty("duplicate").GetBoolean()));
        Assert.Equal(1, (await Api.ConversationAsync(answers[0].Id("conversationId"))).GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task First_messages_of_a_new_customer_arriving_together_open_one_conversation()
    {
        var channel = await Api.CreateChannelAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Api.ReceivedAsync(channel, "wx_new_buyer", $"第 {i} 条: 订单什么时候发货?", $"m-{i}")));

        var conversation = Assert.Single(answers.Select(a => a.Id("conversationId")).Distinct());
        Assert.Single(answers.Select(a => a.Id("customerId")).Distinct());
        Assert.Single(answers, a => a.GetProperty("newConversation").GetBoolean());
        Assert.Equal(12, (await Api.ConversationAsync(conversation)).GetProperty("entries").GetArrayLength());
        Assert.Equal(1, await CustomerCountAsync());
    }

    [Fact]
    public async Task Bad_message_sent_with_good_ones_is_refused_alone()
    {
        var channel = await Api.CreateChannelAsync();

        var good = Enumerable.Range(0, 8).Select(i => Api.SendAsync(channel, $"wx_buyer_{i}", "在吗? hello", $"m-{i}"));
        var bad = Api.SendAsync(channel, "wx_buyer_bad", "   ", "m-empty");
        var responses = await Task.WhenAll([.. good, bad]);

        Assert.All(responses[..8], r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var problem = await responses[8].AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out _), problem.ToString());
        Assert.Equal(8, (await Api.InboxAsync("view=all")).GetArrayLength());
        Assert.Equal(8, await CustomerCountAsync());
    }

    [Fact]
    public async Task Waves_of_messages_from_the_same_senders_keep_one_thread_each_and_every_message_once()
    {
        var channel = await Api.CreateChannelAsync();
        var senders = Enumerable.Range(0, 24).Select(i => $"wx_wave_{i}").ToArray();

        // Eight waves, each started before the one before it is answered, from one half of the senders and then the other:
        // however the waves fall into batches, each sender's messages land in its one open conversation, each once.
        var sent = new List<Task<System.Text.Json.JsonElement>>();
        for (var wave = 0; wave < 8; wave++)
        {
            var half = senders.Skip(wave % 2 * 12).Take(12);
            sent.AddRange(half.Select((sender, i) => Api.ReceivedAsync(channel, sender, $"第 {wave} 波 wave {wave} from {i}", $"wave-{wave}-{sender}")));
            await Task.Delay(3, Ct);
        }
        var answers = await Task.WhenAll(sent);

        var threads = answers.GroupBy(a => a.Id("conversationId")).ToList();
        Assert.Equal(senders.Length, threads.Count);
        Assert.All(threads, t => Assert.Single(t.Select(a => a.Id("customerId")).Distinct()));
        Assert.All(threads, t => Assert.Single(t, a => a.GetProperty("newConversation").GetBoolean()));
        foreach (var thread in threads)
        {
            var texts = (await Api.ConversationAsync(thread.Key)).GetProperty("entries").EnumerateArray().Select(e => e.Text("text")).ToList();
            Assert.Equal(4, texts.Count);
            Assert.Equal(4, texts.Distinct().Count());
        }
        Assert.Equal(senders.Length, await CustomerCountAsync());
    }

    [Fact]
    public async Task Customers_writing_through_several_identities_at_once_keep_one_conversation_and_one_promise_of_each_kind()
    {
        var channel = await Api.CreateChannelAsync();
        // Ten customers with eight WeChat ids each: on PostgreSQL each customer's ids fall into both intake lanes (by
        // sender), which then store batches for the same customer at the same moment.
        var customers = await TenCustomersWithEightWeChatIdsAsync("wx_lin", "林");

        var sent = new List<Task<System.Text.Json.JsonElement>>();
        for (var wave = 0; wave < 3; wave++)
        {
            sent.AddRange(customers.Values.SelectMany(ids => ids).Select(id => Api.ReceivedAsync(channel, id, $"第 {wave} 次: 我的订单呢? from {id}", $"lin-{wave}-{id}")));
            await Task.Delay(2, Ct);
        }
        var answers = await Task.WhenAll(sent);

        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExceedDb>();
        foreach (var (customer, ids) in customers)
        {
            var theirs = answers.Where(a => a.Id("customerId") == customer).ToList();
            Assert.Equal(ids.Length * 3, theirs.Count);
            var conversation = Assert.Single(theirs.Select(a => a.Id("conversationId")).Distinct());
            Assert.Single(theirs, a => a.GetProperty("newConversation").GetBoolean());
            Assert.Equal(theirs.Count, (await Api.ConversationAsync(conversation)).GetProperty("entries").GetArrayLength());
            var pending = await db.Set<Deadline>().Where(d => d.ConversationId == conversation && d.State == DeadlineState.Pending)
                .Select(d => d.Kind).ToListAsync(Ct);
            Assert.NotEmpty(pending);
            Assert.Equal(pending.Distinct().Count(), pending.Count);
        }
    }

    [Fact]
    public async Task Messages_stored_one_by_one_for_one_customer_at_the_same_moment_keep_one_conversation()
    {
        // The door email, calls and a failed batch use (ContactIntake), called from many requests at once, as several
        // nodes would: each customer's eight ids write together, and still one conversation each.
        var channel = await Api.CreateChannelAsync();
        var customers = await TenCustomersWithEightWeChatIdsAsync("wx_zhao", "赵");

        async Task<IntakeResult> StoreAlone(string id)
        {
            using var scope = App.Services.CreateScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<ContactIntake>().ReceiveAsync(new InboundMessage
            {
                Channel = ChannelKind.Api, ChannelId = channel, FromKind = IdentityKind.WeChat, FromValue = id,
                Text = $"退货怎么办? from {id}", DedupeKey = $"alone:{id}",
            }, Ct);
            return outcome.Value ?? throw new InvalidOperationException(outcome.Problem!.Detail);
        }
        var answers = await Task.WhenAll(customers.Values.SelectMany(ids => ids).Select(id => Task.Run(() => StoreAlone(id), Ct)));

        foreach (var (customer, ids) in customers)
        {
            var theirs = answers.Where(a => a.CustomerId == customer).ToList();
            Assert.Equal(ids.Length, theirs.Count);
            var conversation = Assert.Single(theirs.Select(a => a.ConversationId).Distinct());
            Assert.Single(theirs, a => a.NewConversation);
            Assert.Equal(ids.Length, (await Api.ConversationAsync(conversation)).GetProperty("entries").GetArrayLength());
        }
    }

    /// <summary>Ten customers, each holding eight WeChat ids (<paramref name="prefix"/>{c}_{i}): their ids, by customer.</summary>
    private async Task<Dictionary<Guid, string[]>> TenCustomersWithEightWeChatIdsAsync(string prefix, string familyName)
    {
        var customers = new Dictionary<Guid, string[]>();
        for (var c = 0; c < 10; c++)
        {
            var ids = Enumerable.Range(0, 8).Select(i => $"{prefix}{c}_{i}").ToArray();
            customers[await Api.CreateCustomerAsync(ids.Aggregate(CustomerBuilder.Named($"{familyName}{c}").Ms(familyName), (b, id) => b.WeChat(id)))] = ids;
        }
        return customers;
    }

    [Fact]
    public async Task One_batch_answers_each_message_as_if_it_came_alone()
    {
        var channel = await Api.CreateChannelAsync();
        InboundMessage From(string sender, string text, string key) => new()
        {
            Channel = ChannelKind.Api, ChannelId = channel, FromKind = IdentityKind.WeChat, FromValue = sender, Text = text, DedupeKey = $"test:{key}",
        };

        using var scope = App.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IntakeBatch>().StoreAsync(
        [
            From("wx_lin", "你好", "1"),
            From("wx_lin", "", "2"),
            From("wx_lin", "你好", "1"),
            From("wx_lin", "訂單 8812 到了嗎?", "3"),
            From("wx_he", "hello", "4"),
        ], Ct);

        var answers = stored.Answers;
        Assert.True(answers[0].Value!.NewConversation);
        Assert.Contains("text", answers[1].Problem!.Errors!.Keys);
        Assert.True(answers[2].Value!.Duplicate);
        Assert.Equal(answers[0].Value!.EntryId, answers[2].Value!.EntryId);
        Assert.Equal(answers[0].Value!.ConversationId, answers[3].Value!.ConversationId);
        Assert.False(answers[3].Value!.NewConversation);
        Assert.NotEqual(answers[0].Value!.ConversationId, answers[4].Value!.ConversationId);
        var thread = await Api.ConversationAsync(answers[0].Value!.ConversationId);
        Assert.Equal(["你好", "訂單 8812 到了嗎?"], thread.GetProperty("entries").EnumerateArray().Select(e => e.Text("text")).Order(StringComparer.Ordinal));
        Assert.Equal(2, await CustomerCountAsync());
    }
}

public sealed class GroupCommitOnSqlite(SqliteExceed app) : GroupCommitScenarios<SqliteExceed>(app);
public sealed class GroupCommitOnPostgres(PostgresExceedTwoLanes app) : GroupCommitScenarios<PostgresExceedTwoLanes>(app);
