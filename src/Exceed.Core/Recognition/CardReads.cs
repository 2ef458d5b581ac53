using System.Runtime.CompilerServices;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Exceed.Core.Recognition;

/// <summary>Reads what a card is built from: the customer (following merges to the one kept) with its parts, or null when erased or unknown.</summary>
internal interface ICardReads
{
    /// <summary>Who holds the identity, and the card of the customer it leads to.</summary>
    Task<(Guid? Owner, CardSource? Source)> ByIdentityAsync(ExceedDb db, IdentityKind kind, string value, CancellationToken ct);

    Task<CardSource?> ByIdAsync(ExceedDb db, Guid id, CancellationToken ct);

    /// <summary>Several customers' cards at once (kept cards due for renewal), keyed by the id asked for.</summary>
    Task<Dictionary<Guid, CardSource?>> ByIdsAsync(ExceedDb db, IReadOnlyCollection<Guid> ids, CancellationToken ct);
}

internal static class CardReads
{
    private static readonly ConditionalWeakTable<IModel, ICardReads> PerModel = [];

    /// <summary>One statement on PostgreSQL, where each read is a round trip; EF's compiled queries on in-process SQLite.</summary>
    public static ICardReads For(ExceedDb db) => PerModel.TryGetValue(db.Model, out var reads) ? reads : Create(db);

    private static ICardReads Create(ExceedDb db)
    {
        ICardReads reads = db.Database.IsNpgsql() ? new CardStatement(db) : CardQueries.For(db);
        return PerModel.GetValue(db.Model, _ => reads);
    }
}
