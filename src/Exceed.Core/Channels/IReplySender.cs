using Exceed.Core.Conversations;

namespace Exceed.Core.Channels;

/// <summary>Sends an agent's reply out through one kind of channel; throws or returns an error when the far side refused.</summary>
public interface IReplySender
{
    ChannelKind Channel { get; }

    /// <summary>Null when sent; otherwise the reason, kept on the delivery for the agent to see.</summary>
    Task<string?> SendAsync(OutgoingReply reply, CancellationToken ct);
}

/// <summary>Everything a channel needs to deliver one reply.</summary>
public sealed record OutgoingReply(Guid DeliveryId, Conversation Conversation, ConversationEntry Entry, string? RecipientKind, string? Recipient);
