namespace Exceed.Core.Conversations;

/// <summary>One thing in a conversation's history: a message either way, an internal note, a call, a hand-off.</summary>
public sealed class ConversationEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ConversationId { get; set; }
    public EntryKind Kind { get; set; }
    public ChannelKind Channel { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>Staff user id for agent entries; null for the customer.</summary>
    public string? AuthorId { get; set; }
    public string AuthorName { get; set; } = "";
    public string Text { get; set; } = "";
    /// <summary>Sanitised HTML of an email, for display only; never rendered unsanitised.</summary>
    public string? SafeHtml { get; set; }
    /// <summary>The channel's id for this message (email Message-ID, API message id); unique per channel so a retry is stored once.</summary>
    public string? DedupeKey { get; set; }
    /// <summary>An email's own Message-ID, kept for threading replies.</summary>
    public string? MessageId { get; set; }
    public DeliveryState Delivery { get; set; }
    public string? Warning { get; set; }
    public DateTimeOffset? CallAnsweredAt { get; set; }
    public DateTimeOffset? CallEndedAt { get; set; }
    public string? RecordingUrl { get; set; }
    public DateTimeOffset? ReadAt { get; set; }

    public List<Attachment> Attachments { get; set; } = [];

    public bool IsFromCustomer => Kind == EntryKind.CustomerMessage;
    public bool IsVisibleToCustomer => Kind is EntryKind.CustomerMessage or EntryKind.AgentReply;
    public TimeSpan? CallDuration => CallAnsweredAt is { } answered && CallEndedAt is { } ended ? ended - answered : null;
}

public enum EntryKind { CustomerMessage, AgentReply, InternalNote, Call, HandOff, Event }

/// <summary>Where an agent's reply is on its way out; customer messages and notes are <see cref="None"/>.</summary>
public enum DeliveryState { None, Pending, Sent, Failed }

/// <summary>A file sent with a message, kept with it.</summary>
public sealed class Attachment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EntryId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "application/octet-stream";
    public long Size { get; set; }
    public byte[] Content { get; set; } = [];
}
