namespace Exceed.Core.Conversations;

/// <summary>Published after any change to a conversation, so inboxes, cards and widgets refresh without reload.</summary>
public sealed record ConversationChanged(Guid ConversationId, Guid? CustomerId, ChangeKind Kind, Guid? EntryId = null, string? OwnerId = null);

public enum ChangeKind { Created, CustomerWrote, AgentReplied, NoteAdded, Assigned, HandedOff, StatusChanged, Updated, Delivered }
