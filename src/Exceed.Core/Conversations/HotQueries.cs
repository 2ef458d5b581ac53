using Exceed.Core.Customers;
using Exceed.Core.Data;
using Exceed.Core.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Conversations;

/// <summary>
/// The look-ups every group-commit batch (and, for dedupe keys, every message stored on its own) makes, compiled once per application (a singleton, so each application's own
/// provider and model): EF then neither rewrites nor hashes the expression tree for each batch, which it would do for the
/// same LINQ written inline. Each returns what the inline query returned.
/// </summary>
public sealed class HotQueries
{
    /// <summary>Messages stored before under any of these dedupe keys, with their conversation and customer.</summary>
    public Func<ExceedDb, List<string>, IAsyncEnumerable<StoredEntry>> EntriesByDedupeKey { get; } = EF.CompileAsyncQuery(
        (ExceedDb db, List<string> keys) => db.Set<ConversationEntry>().AsNoTracking()
            .Where(e => e.DedupeKey != null && keys.Contains(e.DedupeKey))
            .Join(db.Set<Conversation>(), e => e.ConversationId, c => c.Id, (e, c) => new StoredEntry(e.DedupeKey!, c.Id, e.Id, c.CustomerId)));

    /// <summary>Who holds each of these identities of one kind, and whether that record was merged away.</summary>
    public Func<ExceedDb, IdentityKind, List<string>, IAsyncEnumerable<IdentityOwner>> OwnersOf { get; } = EF.CompileAsyncQuery(
        (ExceedDb db, IdentityKind kind, List<string> values) => db.Identities.AsNoTracking()
            .Where(i => i.Kind == kind && values.Contains(i.Value))
            .Join(db.Customers, i => i.CustomerId, c => c.Id, (i, c) => new IdentityOwner(i.Value, i.CustomerId, c.MergedIntoId != null)));

    /// <summary>Open conversations of these threads on one channel (tracked).</summary>
    public Func<ExceedDb, ChannelKind, Guid?, List<string>, IAsyncEnumerable<Conversation>> OpenThreads { get; } = EF.CompileAsyncQuery(
        (ExceedDb db, ChannelKind channel, Guid? channelId, List<string> threads) => db.Set<Conversation>()
            .Where(c => c.Channel == channel && c.ChannelId == channelId && threads.Contains(c.ThreadKey!) && c.Status != ConversationStatus.Closed));

    /// <summary>Open conversations of these customers (tracked).</summary>
    public Func<ExceedDb, List<Guid>, IAsyncEnumerable<Conversation>> OpenOfCustomers { get; } = EF.CompileAsyncQuery(
        (ExceedDb db, List<Guid> customers) => db.Set<Conversation>()
            .Where(c => c.CustomerId != null && customers.Contains(c.CustomerId.Value) && c.Status != ConversationStatus.Closed));

    /// <summary>Pending deadlines of these conversations (tracked).</summary>
    public Func<ExceedDb, List<Guid>, IAsyncEnumerable<Deadline>> PendingDeadlines { get; } = EF.CompileAsyncQuery(
        (ExceedDb db, List<Guid> conversations) => db.Set<Deadline>()
            .Where(d => conversations.Contains(d.ConversationId) && d.State == DeadlineState.Pending));
}

public sealed record StoredEntry(string DedupeKey, Guid ConversationId, Guid EntryId, Guid? CustomerId);

public sealed record IdentityOwner(string Value, Guid CustomerId, bool Merged);
