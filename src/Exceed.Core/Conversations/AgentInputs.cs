namespace Exceed.Core.Conversations;

/// <summary>An agent's reply; <see cref="Status"/> is what the conversation becomes (default: waiting for the customer).</summary>
public sealed record ReplyInput(string? Text, ConversationStatus? Status = null, IReadOnlyList<AttachmentInput>? Attachments = null)
{
    /// <summary>The checker rules the agent chose to send past ("send anyway"); recorded so leads can tune them.</summary>
    public IReadOnlyList<string>? OverriddenRules { get; init; }
}

public sealed record NoteInput(string? Text);

/// <summary>Give the conversation to someone else; the note is what they read first, so the customer never repeats themselves.</summary>
public sealed record HandOffInput(string? ToStaffId, string? Note, string? Team = null);

/// <summary>Changes an agent or a bulk action can make; fields left null stay as they are.</summary>
public sealed record ConversationChanges
{
    public ConversationStatus? Status { get; init; }
    public Priority? Priority { get; init; }
    public string? Team { get; init; }
    public List<string>? Tags { get; init; }
    public List<string>? AddTags { get; init; }
    public DateTimeOffset? FollowUpAt { get; init; }
    public bool ClearFollowUp { get; init; }
}

public sealed record BulkInput(List<Guid>? Ids, ConversationChanges? Changes, bool? AssignToMe, bool? Unassign);

public sealed record BulkResult(int Changed, IReadOnlyList<Guid> NotFound);
