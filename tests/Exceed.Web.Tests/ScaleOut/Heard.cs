using System.Collections.Concurrent;
using Exceed.Core.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Web.Tests.ScaleOut;

/// <summary>Everything of one event type that a node's listeners heard, for a scenario to wait on and count.</summary>
public sealed class Heard<TEvent> : IDisposable where TEvent : class
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly ConcurrentQueue<TEvent> events = new();
    private readonly SemaphoreSlim arrived = new(0);
    private readonly IDisposable subscription;

    public Heard(IServiceProvider node) =>
        subscription = node.GetRequiredService<IEventBus>().Subscribe<TEvent>(e =>
        {
            events.Enqueue(e);
            arrived.Release();
            return Task.CompletedTask;
        });

    public int Count(Func<TEvent, bool> which) => events.Count(which);

    /// <summary>Waits until an event like this has been heard; fails the scenario if none comes in a generous while.</summary>
    public async Task<TEvent> WaitForAsync(Func<TEvent, bool> which)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            if (events.FirstOrDefault(which) is { } found)
            {
                return found;
            }
            try
            {
                await arrived.WaitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                throw new Xunit.Sdk.XunitException($"No such {typeof(TEvent).Name} was heard; heard {events.Count} others.");
            }
        }
    }

    public void Dispose()
    {
        subscription.Dispose();
        arrived.Dispose();
    }
}
