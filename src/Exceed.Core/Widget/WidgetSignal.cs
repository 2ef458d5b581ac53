namespace Exceed.Core.Widget;

/// <summary>A passing signal in a chat: someone is typing, or has read up to a moment. Not stored; only heard live.</summary>
public sealed record WidgetSignal(Guid ConversationId, SignalSide From, SignalKind Kind, DateTimeOffset At);

public enum SignalSide { Visitor, Agent }

public enum SignalKind { Typing, Read }
