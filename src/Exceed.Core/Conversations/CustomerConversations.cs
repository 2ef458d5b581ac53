using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Conversations;

/// <summary>What merging and erasing a customer do to their conversations; called by those features, never the other way.</summary>
public sealed class CustomerConversations(ExceedDb db)
{
    public const string Erased = "(erased)";

    /// <summary>The merged record's conversations become the survivor's, so the card shows one history.</summary>
    public Task<int> MoveAsync(Guid from, Guid to, CancellationToken ct = default) =>
        db.Set<Conversation>().Where(c => c.CustomerId == from).ExecuteUpdateAsync(s => s.SetProperty(c => c.CustomerId, to), ct);

    /// <summary>Removes the personal content of every conversation of these customers; the conversations stay as counted, empty shells.</summary>
    public async Task EraseAsync(IReadOnlyCollection<Guid> customerIds, CancellationToken ct = default)
    {
        var conversations = db.Set<Conversation>().Where(c => c.CustomerId != null && customerIds.Contains(c.CustomerId.Value));
        var entries = db.Set<ConversationEntry>().Where(e => conversations.Any(c => c.Id == e.ConversationId));
        await db.Set<Attachment>().Where(a => entries.Any(e => e.Id == a.EntryId)).ExecuteDeleteAsync(ct);
        await entries.ExecuteUpdateAsync(s => s
            .SetProperty(e => e.Text, Erased).SetProperty(e => e.SafeHtml, (string?)null)
            .SetProperty(e => e.RecordingUrl, (string?)null).SetProperty(e => e.Warning, (string?)null)
            .SetProperty(e => e.AuthorName, e => e.AuthorId == null ? Erased : e.AuthorName), ct);
        await conversations.ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Subject, Erased).SetProperty(c => c.Preview, Erased).SetProperty(c => c.ThreadKey, (string?)null)
            .SetProperty(c => c.HandOffNote, c => c.HandOffNote == null ? null : Erased), ct);
    }
}
