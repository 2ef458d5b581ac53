using Exceed.Core.Calls;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Recognition;

/// <summary>Who is this, and what should we offer them? The card an agent sees before the customer speaks.</summary>
public sealed class RecognitionService(ExceedDb db, IdentityNormalizer normalizer, BusinessSettings business, TimeProvider clock, CardCache cache)
{
    public const int RecentPurchases = 20;
    public const int RecentNotes = 5;
    public const int RecentCalls = 5;

    /// <summary>Normalises the identity and returns the customer card, or null when nobody holds it.</summary>
    public async Task<RecognitionResult> IdentifyAsync(IdentityKind kind, string? raw, string? agentLanguage, CancellationToken ct = default)
    {
        var normalized = normalizer.Normalize(kind, raw);
        if (!normalized.IsValid)
        {
            return new RecognitionResult(null, normalized.Error, null);
        }
        if (cache.TryFind(kind, normalized.Value, out var known))
        {
            return new RecognitionResult(Card(known, agentLanguage), null, normalized.Value);
        }
        var readAt = cache.Generation;
        var (owner, source) = await OnOneConnectionAsync(async () =>
        {
            var customerId = await CardQueries.For(db).OwnerOf(db, kind, normalized.Value, ct);
            return (customerId, customerId is { } id ? await LoadSourceAsync(id, ct) : null);
        }, ct);
        if (source is null)
        {
            return new RecognitionResult(null, null, normalized.Value);
        }
        if (source.Customer.Id == owner)
        {
            cache.Keep(readAt, source, kind, normalized.Value);
        }
        return new RecognitionResult(Card(source, agentLanguage), null, normalized.Value);
    }

    public async Task<CustomerCard?> CardAsync(Guid id, string? agentLanguage, CancellationToken ct = default)
    {
        if (cache.TryFind(id, out var known))
        {
            return Card(known, agentLanguage);
        }
        var readAt = cache.Generation;
        var source = await OnOneConnectionAsync(() => LoadSourceAsync(id, ct), ct);
        if (source?.Customer.Id == id)
        {
            cache.Keep(readAt, source);
        }
        return source is null ? null : Card(source, agentLanguage);
    }

    /// <summary>One connection for the whole card: its reads are many small indexed lookups.</summary>
    private async Task<T> OnOneConnectionAsync<T>(Func<Task<T>> read, CancellationToken ct)
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

    private CustomerCard Card(CardSource source, string? agentLanguage) =>
        CustomerCard.From(source.Customer, source.Calls, clock.GetUtcNow(), business.Zone, Languages.Match(agentLanguage) ?? source.Customer.Language);

    /// <summary>The customer (following merges to the one kept) with what the card shows, or null when erased or unknown.</summary>
    private async Task<CardSource?> LoadSourceAsync(Guid id, CancellationToken ct)
    {
        var queries = CardQueries.For(db);
        var customer = await queries.Customer(db, id, ct);
        for (var hops = 0; customer?.MergedIntoId is { } survivor && hops < 20; hops++)
        {
            customer = await queries.Customer(db, survivor, ct);
        }
        if (customer is null)
        {
            return null;
        }
        var cid = customer.Id;
        customer.Identities = await ToListAsync(queries.Identities(db, cid), ct);
        customer.Preferences = await ToListAsync(queries.Preferences(db, cid), ct);
        customer.ImportantDates = await ToListAsync(queries.Dates(db, cid), ct);
        customer.Purchases = await ToListAsync(queries.Purchases(db, cid, RecentPurchases), ct);
        customer.WishItems = await ToListAsync(queries.OpenWishes(db, cid), ct);
        customer.Notes = await ToListAsync(queries.Notes(db, cid, RecentNotes), ct);
        var calls = await ToListAsync(queries.Calls(db, cid, RecentCalls), ct);
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

/// <summary>
/// The card's reads, compiled once per model: recognition is the hottest path in the product.
/// A compiled query binds to the first model it meets, and a process may hold two (SQLite and PostgreSQL in the tests).
/// </summary>
internal sealed class CardQueries
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Microsoft.EntityFrameworkCore.Metadata.IModel, CardQueries> PerModel = [];

    public static CardQueries For(ExceedDb db) => PerModel.GetValue(db.Model, _ => new CardQueries());

    public readonly Func<ExceedDb, IdentityKind, string, CancellationToken, Task<Guid?>> OwnerOf =
        EF.CompileAsyncQuery((ExceedDb db, IdentityKind kind, string value, CancellationToken ct) =>
            db.Identities.AsNoTracking().Where(i => i.Kind == kind && i.Value == value).Select(i => (Guid?)i.CustomerId).FirstOrDefault());

    public readonly Func<ExceedDb, Guid, CancellationToken, Task<Customer?>> Customer =
        EF.CompileAsyncQuery((ExceedDb db, Guid id, CancellationToken ct) =>
            db.Customers.AsNoTracking().FirstOrDefault(c => c.Id == id && c.ErasedAt == null));

    public readonly Func<ExceedDb, Guid, IAsyncEnumerable<CustomerIdentity>> Identities =
        EF.CompileAsyncQuery((ExceedDb db, Guid id) => db.Identities.AsNoTracking().Where(x => x.CustomerId == id));

    public readonly Func<ExceedDb, Guid, IAsyncEnumerable<Preference>> Preferences =
        EF.CompileAsyncQuery((ExceedDb db, Guid id) => db.Preferences.AsNoTracking().Where(x => x.CustomerId == id));

    public readonly Func<ExceedDb, Guid, IAsyncEnumerable<ImportantDate>> Dates =
        EF.CompileAsyncQuery((ExceedDb db, Guid id) => db.ImportantDates.AsNoTracking().Where(x => x.CustomerId == id));

    public readonly Func<ExceedDb, Guid, int, IAsyncEnumerable<Purchase>> Purchases =
        EF.CompileAsyncQuery((ExceedDb db, Guid id, int take) =>
            db.Purchases.AsNoTracking().Where(x => x.CustomerId == id).OrderByDescending(p => p.PurchasedAt).Take(take));

    public readonly Func<ExceedDb, Guid, IAsyncEnumerable<WishItem>> OpenWishes =
        EF.CompileAsyncQuery((ExceedDb db, Guid id) => db.WishItems.AsNoTracking().Where(x => x.CustomerId == id && x.FulfilledAt == null));

    public readonly Func<ExceedDb, Guid, int, IAsyncEnumerable<CustomerNote>> Notes =
        EF.CompileAsyncQuery((ExceedDb db, Guid id, int take) =>
            db.Notes.AsNoTracking().Where(x => x.CustomerId == id).OrderByDescending(n => n.CreatedAt).Take(take));

    public readonly Func<ExceedDb, Guid, int, IAsyncEnumerable<Call>> Calls =
        EF.CompileAsyncQuery((ExceedDb db, Guid id, int take) =>
            db.Calls.AsNoTracking().Where(x => x.CustomerId == id).OrderByDescending(c => c.ReceivedAt).Take(take));
}

public sealed record RecognitionResult(CustomerCard? Card, string? Error, string? NormalizedValue);
