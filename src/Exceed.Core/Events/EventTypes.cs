using Exceed.Core.Calls;
using Exceed.Core.Conversations;
using Exceed.Core.Customers;

namespace Exceed.Core.Events;

/// <summary>
/// The events allowed to travel between nodes, each under a stable name. A message from Redis names its type; only a
/// name listed here is ever turned back into an object, so nobody can make a node build a type of their choosing.
/// </summary>
public sealed class EventTypes
{
    private readonly Dictionary<string, Type> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> byType = [];

    /// <summary>Every event Exceed sends to other nodes. A new cross-node event adds one line here.</summary>
    public static EventTypes Exceed() => new EventTypes()
        .Allow<ConversationChanged>("conversation-changed")
        .Allow<IncomingCall>("incoming-call")
        .Allow<CustomerDataChanged>("customer-data-changed");

    public EventTypes Allow<TEvent>(string name) where TEvent : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (byName.ContainsKey(name) || byType.ContainsKey(typeof(TEvent)))
        {
            throw new InvalidOperationException($"The event name '{name}' or type {typeof(TEvent).Name} is already listed.");
        }
        byName[name] = typeof(TEvent);
        byType[typeof(TEvent)] = name;
        return this;
    }

    public bool TryNameOf(Type type, out string name) => byType.TryGetValue(type, out name!);

    public bool TryResolve(string name, out Type type) => byName.TryGetValue(name, out type!);
}
