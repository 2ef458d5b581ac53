using System.Runtime.CompilerServices;
using Exceed.Core.Calls;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Exceed.Core.Recognition;

/// <summary>
/// The card's reads through EF (the SQLite path), compiled once per model: recognition is the hottest path in the product.
/// A compiled query binds to the first model it meets, and a process may hold two (SQLite and PostgreSQL in the tests).
/// </summary>
internal sealed class CardQueries : ICardReads
{
    private static readonly ConditionalWeakTable<IModel, CardQueries> PerModel = [];

    public static CardQueries For(ExceedDb db) => PerModel.GetValue(db.Model, _ => new CardQueries());

    private readonly Func<ExceedDb, IdentityKind, string, CancellationToken, Task<Guid?>> OwnerOf =
        EF.CompileAsyncQuery((ExceedDb db, IdentityKind kind, string value, CancellationToken ct) =>
            db.Identities.AsNoTracking().Where(i => i.Kind == kind && i.Value == value).Select(i => (Guid?)i.CustomerId).FirstOrDefault());

    private readonly Func<ExceedDb, Guid, CancellationToken, Task<Customer?>> Customer =
        EF.CompileAsyncQuery((ExceedDb db, Guid id, CancellationToken ct) =>
            db.Customers.AsNoTracking().FirstOrDefault(c => c.Id == id && c.ErasedAt == null));

    private readonly Func<ExceedDb, Guid, IAsyncEnumerable<CustomerIdentity>> Identities =
        EF.CompileAsyncQuery((ExceedDb db, Guid id) => db.Identities.AsNoTracking().Where(x => x.CustomerId == id));

    private readonly Func<ExceedDb, Guid, IAsyncEnumerable<Preference>> Preferences =
        EF.CompileAsyncQuery((ExceedDb db, Guid id) => db.Preferences.AsNoTracking().Where(x => x.CustomerId == id));

    private readonly Func<ExceedDb, Guid, IAsyncEnumerable<ImportantDate>> Dates =
        EF.CompileAsyncQuery((ExceedDb db, Guid id) => db.ImportantDates.AsNoTracking().Where(x => x.CustomerId == id));

    private readonly Func<ExceedDb, Guid, int, IAsyncEnumerable<Purchase>> Purchases =
        EF.CompileAsyncQuery((ExceedDb db, Guid id, int take) =>
            db.Purchases.AsNoTracking().Where(x => x.CustomerId == id).OrderByDescending(p => p.PurchasedAt).Take(take));

    private readonly Func<ExceedDb, Guid, IAsyncEnumerable<WishItem>> OpenWishes =
        EF.CompileAsyncQuery((ExceedDb db, Guid id) => db.WishItems.AsNoTracking().Where(x => x.CustomerId == id && x.FulfilledAt == null));

    private readonly Func<ExceedDb, Guid, int, IAsyncEnumerable<CustomerNote>> Notes =
        EF.CompileAsyncQuery((ExceedDb db, Guid id, int take) =>
            db.Notes.AsNoTracking().Where(x => x.CustomerId == id).OrderByDescending(n => n.CreatedAt).Take(take));

    private readonly Func<ExceedDb, Guid, int, IAsyncEnumerable<Call>> Calls =
        EF.CompileAsyncQuery((ExceedDb db, Guid id, int take) =>
            db.Calls.AsNoTracking().Where(x => x.CustomerId == id).OrderByDescending(c => c.ReceivedAt).Take(take));

    public Task<(Guid? Owner, CardSource? Source)> ByIdentityAsync(ExceedDb db, IdentityKind kind, string value, CancellationToken ct) =>
        OnOneConnectionAsync(db, async () =>
        {
            var owner = await OwnerOf(db, kind, value, ct);
            return (owner, owner is { } id ? await LoadAsync(db, id, ct) : null);
        }, ct);

    public Task<CardSource?> ByIdAsync(ExceedDb db, Guid id, CancellationToken ct) => OnOneConnectionAsync(db, () => LoadAsync(db, id, ct), ct);

    public Task<Dictionary<Guid, CardSource?>> ByIdsAsync(ExceedDb db, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        OnOneConnectionAsync(db, async () =>
        {
            // In-process SQLite has no round trips to save: one card after another on one connection.
            var cards = new Dictionary<Guid, CardSource?>();
            foreach (var id in ids)
            {
                cards[id] = await LoadAsync(db, id, ct);
            }
            return cards;
        }, ct);

    /// <summary>One connection for the whole card: its reads are many small indexed lookups.</summary>
    private static async Task<T> OnOneConnectionAsync<T>(ExceedDb db, Func<Task<T>> read, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await read();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<CardSource?> LoadAsync(ExceedDb db, Guid id, CancellationToken ct)
    {
        var customer = await Customer(db, id, ct);
        for (var hops = 0; customer?.MergedIntoId is { } survivor && hops < RecognitionService.MaxMergeHops; hops++)
        {
            customer = await Customer(db, survivor, ct);
        }
        if (customer is null)
        {
            return null;
        }
        var cid = customer.Id;
        customer.Identities = await ToListAsync(Identities(db, cid), ct);
        customer.Preferences = await ToListAsync(Preferences(db, cid), ct);
        customer.ImportantDates = await ToListAsync(Dates(db, cid), ct);
        customer.Purchases = await ToListAsync(Purchases(db, cid, RecognitionService.RecentPurchases), ct);
        customer.WishItems = await ToListAsync(OpenWishes(db, cid), ct);
        customer.Notes = await ToListAsync(Notes(db, cid, RecognitionService.RecentNotes), ct);
        var calls = await ToListAsync(Calls(db, cid, RecognitionService.RecentCalls), ct);
        return new CardSource(customer, calls);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items, CancellationToken ct)
    {
        var list = new List<T>();
        await foreach (var item in items.WithCancellation(ct))
        {
            list.Add(item);
        }
        return list;
    }
}
