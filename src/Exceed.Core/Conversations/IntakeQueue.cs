using System.Threading.Channels;
using Exceed.Core.Common;
using Exceed.Core.Data;
using Exceed.Core.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Exceed.Core.Conversations;

/// <summary>
/// Group commit for the channels that bring many small messages (API channel, widget): requests wait here, one loop
/// stores whatever is waiting (up to <see cref="MaxBatch"/>) in one transaction and answers each request after the commit,
/// so an answer still means the message is durable. A lone message does not wait for company: the loop takes what is
/// queued now. PostgreSQL may run several such lanes, split by sender (Exceed:Database:IntakeLanes). If the batch
/// cannot be saved, each of its messages is stored on its own, so one bad message fails alone.
/// </summary>
public sealed class IntakeQueue(IServiceScopeFactory scopes, DatabaseSettings database, ILogger<IntakeQueue> logger) : IAsyncDisposable, IDisposable
{
    public const int MaxBatch = 256;

    private readonly Lane[] lanes = [.. Enumerable.Range(0, database.EffectiveIntakeLanes).Select(_ => new Lane())];

    public async Task<Outcome<IntakeResult>> ReceiveAsync(InboundMessage message, CancellationToken ct = default)
    {
        var item = new Waiting(message, new TaskCompletionSource<Outcome<IntakeResult>>(TaskCreationOptions.RunContinuationsAsynchronously), ct);
        var lane = LaneOf(message);
        EnsureRunning(lane);
        if (!lane.Waiting.Writer.TryWrite(item))
        {
            throw new ObjectDisposedException(nameof(IntakeQueue), "The application is stopping; the message was not stored.");
        }
        return await item.Answer.Task.WaitAsync(ct);
    }

    /// <summary>
    /// One sender's messages always share a lane, so they are stored in the order they came and two lanes never race to
    /// create the same customer. One customer writing through two identities can reach two lanes: <see cref="IntakeBatch"/>
    /// holds each customer and thread until its commit, so the second batch sees what the first stored.
    /// </summary>
    private Lane LaneOf(InboundMessage message)
    {
        if (lanes.Length == 1)
        {
            return lanes[0];
        }
        var sender = message.FromValue?.Trim().ToUpperInvariant() ?? message.ThreadKey ?? message.CustomerId?.ToString() ?? "";
        return lanes[StableHash(sender) % (uint)lanes.Length];
    }

    /// <summary>FNV-1a over the UTF-16 code units: the same lane for a sender in every run (string hash codes change per process).</summary>
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return hash;
    }

    private void EnsureRunning(Lane lane)
    {
        if (lane.Loop is not null)
        {
            return;
        }
        lock (lane)
        {
            // The loop outlives the request that starts it: it must not carry that request's ambient context.
            using (ExecutionContext.SuppressFlow())
            {
                lane.Loop ??= Task.Run(() => RunAsync(lane.Waiting.Reader));
            }
        }
    }

    private async Task RunAsync(ChannelReader<Waiting> reader)
    {
        var batch = new List<Waiting>(MaxBatch);
        while (await reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && reader.TryRead(out var item))
            {
                if (item.Cancellation.IsCancellationRequested)
                {
                    item.Answer.TrySetCanceled(item.Cancellation);
                }
                else
                {
                    batch.Add(item);
                }
            }
            if (batch.Count > 0)
            {
                await StoreAsync(batch);
            }
        }
    }

    private async Task StoreAsync(List<Waiting> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var messages = batch.Select(w => w.Message).ToList();
        BatchOutcome outcome;
        try
        {
            var store = services.GetRequiredService<IntakeBatch>();
            outcome = await services.GetRequiredService<WriteGate>().RunAsync(() => store.StoreAsync(messages, CancellationToken.None), CancellationToken.None);
        }
#pragma warning disable CA1031 // Whatever stopped the batch, each message still deserves its own attempt and its own answer.
        catch (Exception error)
#pragma warning restore CA1031
        {
            logger.LogWarning(error, "A batch of {Count} messages could not be stored together; storing them one by one", batch.Count);
            await OneByOneAsync(batch);
            return;
        }
        await PublishAsync(services.GetRequiredService<IEventBus>(), outcome.Stored);
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Answer.TrySetResult(outcome.Answers[i]);
        }
    }

    private async Task OneByOneAsync(List<Waiting> batch)
    {
        foreach (var item in batch)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                item.Answer.TrySetResult(await scope.ServiceProvider.GetRequiredService<ContactIntake>().ReceiveAsync(item.Message, CancellationToken.None));
            }
#pragma warning disable CA1031 // The failure belongs to the one request that sent this message.
            catch (Exception error)
#pragma warning restore CA1031
            {
                item.Answer.TrySetException(error);
            }
        }
    }

    private async Task PublishAsync(IEventBus bus, IReadOnlyList<StoredMessage> stored)
    {
        foreach (var s in stored)
        {
            var kind = s.IsNew ? ChangeKind.Created : ChangeKind.CustomerWrote;
            try
            {
                await bus.PublishAsync(new ConversationChanged(s.Conversation.Id, s.CustomerId, kind, s.Entry.Id, s.Conversation.OwnerId), CancellationToken.None);
            }
#pragma warning disable CA1031 // The message is stored: a lost live update must not turn its answer into an error the sender would retry.
            catch (Exception error)
#pragma warning restore CA1031
            {
                logger.LogWarning(error, "Conversation {ConversationId} changed but the live update could not be published", s.Conversation.Id);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var lane in lanes)
        {
            lane.Waiting.Writer.TryComplete();
        }
        foreach (var lane in lanes)
        {
            if (lane.Loop is { } running)
            {
                await running;
            }
        }
    }

    /// <summary>A host that disposes without awaiting still stops the queue taking new messages.</summary>
    public void Dispose()
    {
        foreach (var lane in lanes)
        {
            lane.Waiting.Writer.TryComplete();
        }
    }

    private sealed record Waiting(InboundMessage Message, TaskCompletionSource<Outcome<IntakeResult>> Answer, CancellationToken Cancellation);

    private sealed class Lane
    {
        public Channel<Waiting> Waiting { get; } = Channel.CreateUnbounded<Waiting>(new UnboundedChannelOptions { SingleReader = true });
        public Task? Loop { get; set; }
    }
}
