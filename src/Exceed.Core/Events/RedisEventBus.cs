using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Exceed.Core.Events;

/// <summary>
/// The event bus of several nodes: an event is heard at once on the node that raised it and sent through Redis
/// pub/sub to the others, which ignore their own messages, so every listener on every node hears it exactly once.
/// With Redis away the node keeps working on its own and says so in the log; the other nodes miss what it raised.
/// </summary>
public sealed class RedisEventBus(IConnectionMultiplexer redis, EventTypes types, ILogger<RedisEventBus> log) : IEventBus, IHostedService, IAsyncDisposable
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("exceed:events");

    private readonly InProcessEventBus local = new();
    private readonly EventWire wire = new(types);
    private readonly CancellationTokenSource stopping = new();
    private ChannelMessageQueue? queue;

    /// <summary>This node's name on the channel, fresh each start, so it knows its own messages.</summary>
    public Guid Node { get; } = Guid.NewGuid();

    public async Task PublishAsync<TEvent>(TEvent @event, CancellationToken ct = default) where TEvent : class
    {
        var sent = SendAsync(typeof(TEvent), @event);
        await local.PublishAsync(@event, ct);
        await sent;
    }

    public IDisposable Subscribe<TEvent>(Func<TEvent, Task> listener) where TEvent : class => local.Subscribe(listener);

    private async Task SendAsync(Type type, object @event)
    {
        if (wire.Write(type, @event, Node) is not { } message)
        {
            log.LogWarning("{Event} is not listed in EventTypes: only this node hears it", type.Name);
            return;
        }
        try
        {
            await redis.GetSubscriber().PublishAsync(Channel, message);
        }
        catch (Exception error) when (error is RedisException or TimeoutException)
        {
            log.LogWarning(error, "Redis is unreachable: other nodes did not hear {Event}", type.Name);
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await TryListenAsync())
        {
            // Redis may come up after this node: keep trying in the background rather than hold the start.
            _ = ListenWhenRedisIsBackAsync();
        }
    }

    private async Task<bool> TryListenAsync()
    {
        try
        {
            var subscribed = await redis.GetSubscriber().SubscribeAsync(Channel);
            subscribed.OnMessage(ReceiveAsync);
            queue = subscribed;
            return true;
        }
        catch (Exception error) when (error is RedisException or TimeoutException)
        {
            log.LogWarning(error, "Cannot listen to other nodes yet: Redis is unreachable");
            await ForgetFailedListeningAsync();
            return false;
        }
    }

    /// <summary>A failed subscribe stays registered in the client without a reader; drop it before the next try.</summary>
    private async Task ForgetFailedListeningAsync()
    {
        try
        {
            await redis.GetSubscriber().UnsubscribeAsync(Channel);
        }
        catch (Exception error) when (error is RedisException or TimeoutException)
        {
            log.LogDebug(error, "Redis is still away; the failed subscription is dropped locally");
        }
    }

    private async Task ListenWhenRedisIsBackAsync()
    {
        try
        {
            do
            {
                await Task.Delay(TimeSpan.FromSeconds(2), stopping.Token);
            }
            while (!await TryListenAsync());
            log.LogInformation("Listening to other nodes through Redis again");
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ReceiveAsync(ChannelMessage message)
    {
        var read = wire.Read(message.Message.ToString());
        if (read.Refusal is { } refusal)
        {
            log.LogWarning("Ignored a message on {Channel}: {Refusal}", Channel, refusal);
            return;
        }
        if (read.Node != Node)
        {
            await local.PublishAsync(read.Type!, read.Event!, stopping.Token);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        if (queue is { } listening)
        {
            try
            {
                await listening.UnsubscribeAsync();
            }
            catch (Exception error) when (error is RedisException or TimeoutException or ObjectDisposedException)
            {
                // At shutdown the connection may already be closed by another of its users; nothing is left to undo.
                log.LogDebug(error, "Redis was gone when this node stopped listening");
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        stopping.Dispose();
        return ValueTask.CompletedTask;
    }
}
