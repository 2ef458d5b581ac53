namespace Exceed.Core.Events;

/// <summary>Carries what happened to whoever listens: the agent screens today, other nodes through Redis later.</summary>
public interface IEventBus
{
    Task PublishAsync<TEvent>(TEvent @event, CancellationToken ct = default) where TEvent : class;

    /// <summary>Listens for one kind of event until the returned handle is disposed.</summary>
    IDisposable Subscribe<TEvent>(Func<TEvent, Task> listener) where TEvent : class;
}
