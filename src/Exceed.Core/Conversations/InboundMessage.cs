using Exceed.Core.Customers;

namespace Exceed.Core.Conversations;

/// <summary>What any channel adapter hands over when a customer writes or calls: who, through what, and what they said.</summary>
public sealed record InboundMessage
{
    public required ChannelKind Channel { get; init; }
    public Guid? ChannelId { get; init; }
    /// <summary>The customer when the channel already knows them (a recognised widget visitor).</summary>
    public Guid? CustomerId { get; init; }
    /// <summary>How the sender identifies on this channel (a phone, an email address, a WeChat id…).</summary>
    public IdentityKind? FromKind { get; init; }
    public string? FromValue { get; init; }
    public string? SenderName { get; init; }
    /// <summary>The channel's thread: an email's root Message-ID, a marketplace chat id, a widget session.</summary>
    public string? ThreadKey { get; init; }
    /// <summary>Message-IDs this one answers (email In-Reply-To and References), newest first.</summary>
    public IReadOnlyList<string> InReplyTo { get; init; } = [];
    public string? Subject { get; init; }
    public string? Text { get; init; }
    public string? SafeHtml { get; init; }
    /// <summary>Unique per channel: a retried delivery with the same key is stored once.</summary>
    public string? DedupeKey { get; init; }
    public string? MessageId { get; init; }
    public string? Warning { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public IReadOnlyList<AttachmentInput> Attachments { get; init; } = [];
    public EntryKind Kind { get; init; } = EntryKind.CustomerMessage;
    public DateTimeOffset? CallAnsweredAt { get; init; }
    public DateTimeOffset? CallEndedAt { get; init; }
    public string? RecordingUrl { get; init; }
    /// <summary>Email starts a new conversation unless it answers one; chat-like channels continue the open one.</summary>
    public bool ContinuesOpenConversation => Channel != ChannelKind.Email;
}

public sealed record AttachmentInput(string? FileName, string? ContentType, byte[]? Content);

/// <summary>Where the message went; <see cref="Duplicate"/> when the channel had delivered it before.</summary>
public sealed record IntakeResult(Guid ConversationId, Guid EntryId, Guid? CustomerId, bool Duplicate, bool NewConversation);

/// <summary>A staff member acting on a conversation.</summary>
public sealed record Agent(string Id, string Name);
