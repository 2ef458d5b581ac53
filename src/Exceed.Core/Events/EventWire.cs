using System.Text.Json;
using System.Text.Json.Serialization;

namespace Exceed.Core.Events;

/// <summary>An event as it travels between nodes: {"type": listed name, "node": sender, "event": the event's JSON}.</summary>
public sealed class EventWire(EventTypes types)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The message for other nodes, or null when the type is not listed and so stays on this node.</summary>
    public string? Write(Type type, object @event, Guid node) =>
        types.TryNameOf(type, out var name)
            ? JsonSerializer.Serialize(new Envelope(name, node, JsonSerializer.SerializeToElement(@event, type, Json)), Json)
            : null;

    /// <summary>Reads a message from another node; an unlisted type or malformed text is refused with the reason.</summary>
    public WireRead Read(string message)
    {
        Envelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<Envelope>(message, Json);
        }
        catch (JsonException error)
        {
            return WireRead.Refused($"not an event message: {error.Message}");
        }
        if (envelope is not { Type: { Length: > 0 } name, Event.ValueKind: JsonValueKind.Object })
        {
            return WireRead.Refused("the message names no event type or carries no event");
        }
        if (!types.TryResolve(name, out var type))
        {
            return WireRead.Refused($"the event type '{name}' is not one this node accepts");
        }
        try
        {
            return envelope.Event.Deserialize(type, Json) is { } @event
                ? new WireRead(envelope.Node, type, @event, null)
                : WireRead.Refused($"the '{name}' event is empty");
        }
        catch (JsonException error)
        {
            return WireRead.Refused($"the '{name}' event does not read: {error.Message}");
        }
    }

    private sealed record Envelope(string Type, Guid Node, JsonElement Event);
}

/// <summary>What a node made of a message: the event and its sender, or why it was refused.</summary>
public sealed record WireRead(Guid Node, Type? Type, object? Event, string? Refusal)
{
    public static WireRead Refused(string reason) => new(Guid.Empty, null, null, reason);
}
