namespace Exceed.Core.Conversations;

/// <summary>One thread with one customer on one channel: the ticket an agent owns until it is solved.</summary>
public sealed class Conversation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? CustomerId { get; set; }
    public ChannelKind Channel { get; set; }
    /// <summary>The API channel or mailbox the conversation came through, when there are several.</summary>
    public Guid? ChannelId { get; set; }
    /// <summary>The channel's own thread id (an email's first Message-ID, a widget visitor, a marketplace chat id).</summary>
    public string? ThreadKey { get; set; }
    public string Subject { get; set; } = "";
    public ConversationStatus Status { get; set; } = ConversationStatus.Open;
    public Priority Priority { get; set; } = Priority.Normal;
    public string? OwnerId { get; set; }
    public string? OwnerName { get; set; }
    public string? Team { get; set; }
    /// <summary>Comma-separated, lower-case.</summary>
    public string Tags { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset LastMessageAt { get; set; }
    /// <summary>Since when the customer has been waiting for us; null when the last word is ours.</summary>
    public DateTimeOffset? WaitingSince { get; set; }
    public DateTimeOffset? FirstRespondedAt { get; set; }
    public DateTimeOffset? FirstResponseDueAt { get; set; }
    public DateTimeOffset? NextUpdateDueAt { get; set; }
    public DateTimeOffset? FollowUpAt { get; set; }
    /// <summary>The note the previous owner left for the current one; shown first until they have read it.</summary>
    public string? HandOffNote { get; set; }
    public string? HandOffFrom { get; set; }
    public DateTimeOffset? HandOffAt { get; set; }
    public DateTimeOffset? HandOffReadAt { get; set; }
    /// <summary>Short preview of the last message, for the inbox list.</summary>
    public string Preview { get; set; } = "";

    public List<ConversationEntry> Entries { get; set; } = [];

    public IEnumerable<string> TagList =>
        Tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool IsActive => Status is not (ConversationStatus.Solved or ConversationStatus.Closed);
}

public enum ChannelKind { Chat, Email, Phone, Api }

public enum ConversationStatus { Open, PendingCustomer, PendingUs, Solved, Closed }

public enum Priority { Low, Normal, High, Urgent }
