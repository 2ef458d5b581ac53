using System.Collections.Concurrent;

namespace Exceed.Core.Events;

/// <summary>The event bus of a single node: listeners are called in the publishing thread's stead, each isolated from the others' failures.</summary>
public sealed class InProcessEventBus : IEventBus
{
    private readonly ConcurrentDictionary<Type, ConcurrentDictionary<Guid, Func<object, Task>>> listeners = new();

    public Task PublishAsync<TEvent>(TEvent @event, CancellationToken ct = default) where TEvent : class =>
        PublishAsync(typeof(TEvent), @event, ct);

    /// <summary>Delivers an event whose type is known only at run time, as one read from another node.</summary>
    public async Task PublishAsync(Type type, object @event, CancellationToken ct = default)
    {
        if (!listeners.TryGetValue(type, out var forType))
        {
            return;
        }
        var calls = forType.Values.Select(async listener =>
        {
            try
            {
                await listener(@event);
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                // A listener that fails (e.g. a closed browser tab) must not stop the others from hearing.
            }
        });
        await Task.WhenAll(calls);
    }

    public IDisposable Subscribe<TEvent>(Func<TEvent, Task> listener) where TEvent : class
    {
        var id = Guid.NewGuid();
        var forType = listeners.GetOrAdd(typeof(TEvent), _ => new());
        forType[id] = e => listener((TEvent)e);
        return new Subscription(() => forType.TryRemove(id, out _));
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
