using Exceed.Core.Calls;
using Exceed.Core.Conversations;
using Exceed.Core.Events;
using Exceed.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using StackExchange.Redis;

namespace Exceed.Web.Tests.ScaleOut;

/// <summary>Redis goes away and comes back: the node keeps answering, and hears the other nodes again once it is back.</summary>
public sealed class RedisOutageScenarios : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly PrivateRedis redis = new();
    private NodeOnRedis? node;

    private NodeOnRedis Node => node!;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    private async Task StartNodeAsync()
    {
        node = new NodeOnRedis(redis.Configuration);
        await node.InitializeAsync();
        await node.ResetAsync();
    }

    [Fact]
    public async Task Node_started_while_Redis_is_down_answers_calls_and_hears_other_nodes_once_Redis_is_up()
    {
        await StartNodeAsync();
        using var calls = new Heard<IncomingCall>(Node.Services);
        using var api = Node.CreateApiClient();

        var rung = await api.PostAsJsonAsync("/api/v1/calls/incoming", new { caller = "139 0000 0000", callId = "pbx-outage-1" }, Ct);
        Assert.Equal(HttpStatusCode.OK, rung.StatusCode);
        await calls.WaitForAsync(c => c.Caller == "+8613900000000");

        await redis.StartAsync();
        await OtherNodeIsHeardAsync();
    }

    [Fact]
    public async Task Node_hears_other_nodes_again_after_Redis_restarts()
    {
        await redis.StartAsync();
        await redis.WaitUntilUpAsync();
        await StartNodeAsync();

        await redis.StopAsync();
        await redis.StartAsync();

        await OtherNodeIsHeardAsync();
    }

    /// <summary>Another node keeps announcing a change (what it says while this node is reconnecting is lost) until this node hears it.</summary>
    private async Task OtherNodeIsHeardAsync()
    {
        await redis.WaitUntilUpAsync();
        using var changes = new Heard<ConversationChanged>(Node.Services);
        var change = new ConversationChanged(Guid.NewGuid(), null, ChangeKind.Updated);
        var message = new EventWire(EventTypes.Exceed()).Write(typeof(ConversationChanged), change, Guid.NewGuid());
        await using var otherNode = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        using var announcing = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var announcer = Task.Run(async () =>
        {
            while (!announcing.IsCancellationRequested)
            {
                await otherNode.GetSubscriber().PublishAsync(RedisEventBus.Channel, message);
                await Task.Delay(200, CancellationToken.None);
            }
        }, CancellationToken.None);

        try
        {
            await changes.WaitForAsync(c => c == change);
        }
        finally
        {
            await announcing.CancelAsync();
            await announcer;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (node is not null)
        {
            await node.DisposeAsync();
        }
        await redis.DisposeAsync();
    }

    private sealed class NodeOnRedis(string redis) : SqliteExceed
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(EventBusSetup.RedisSetting, redis);
        }
    }
}
