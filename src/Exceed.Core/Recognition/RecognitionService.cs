using Exceed.Core.Calls;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Core.Recognition;

/// <summary>Who is this, and what should we offer them? The card an agent sees before the customer speaks.</summary>
public sealed class RecognitionService(ExceedDb db, IdentityNormalizer normalizer, BusinessSettings business, TimeProvider clock, CardCache cache,
    IServiceScopeFactory? scopes = null)
{
    public const int RecentPurchases = 20;
    public const int RecentNotes = 5;
    public const int RecentCalls = 5;

    /// <summary>Normalises the identity and finds the customer card, or says why the identity was refused.</summary>
    public async Task<RecognitionResult> IdentifyAsync(IdentityKind kind, string? raw, string? agentLanguage, CancellationToken ct = default)
    {
        // A caller id already in the stored form (E.164, as telephony sends it) and held by a kept card was valid when it
        // was stored: it needs no parsing, which costs more than the rest of answering from memory.
        if (kind == IdentityKind.Phone && IdentityNormalizer.IsStoredPhone(raw) && cache.TryFind(kind, raw, out var kept))
        {
            RenewIfDue(kept.Customer.Id, kind, raw);
            return Found(kept, agentLanguage, raw);
        }
        var normalized = normalizer.Normalize(kind, raw);
        if (!normalized.IsValid)
        {
            return RecognitionResult.Refused(normalized.Error!);
        }
        if (cache.TryFind(kind, normalized.Value, out var known))
        {
            RenewIfDue(known.Customer.Id, kind, normalized.Value);
            return Found(known, agentLanguage, normalized.Value);
        }
        return await ReadAsync(kind, normalized.Value, agentLanguage, ct);
    }

    private async Task<RecognitionResult> ReadAsync(IdentityKind kind, string value, string? agentLanguage, CancellationToken ct)
    {
        var readAt = cache.Generation;
        var (owner, source) = await OnOneConnectionAsync(async () =>
        {
            var customerId = await CardQueries.For(db).OwnerOf(db, kind, value, ct);
            return (customerId, customerId is { } id ? await LoadSourceAsync(id, ct) : null);
        }, ct);
        if (source is null)
        {
            return RecognitionResult.Unknown(value);
        }
        if (source.Customer.Id == owner)
        {
            cache.Keep(readAt, source, kind, value);
        }
        return Found(source, agentLanguage, value);
    }

    /// <summary>A kept card past 40–60 % of its life is read again in the background, in a scope of its own; the copy answers meanwhile.</summary>
    private void RenewIfDue(Guid customerId, IdentityKind kind, string value)
    {
        if (scopes is null || !cache.ClaimRefresh(customerId))
        {
            return;
        }
        _ = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var renewed = await scope.ServiceProvider.GetRequiredService<RecognitionService>().ReadAsync(kind, value, null, CancellationToken.None);
                if (renewed.Source?.Customer.Id != customerId)
                {
                    // The identity left this customer (erased, merged or moved outside the app): the old copy must not answer for it.
                    cache.Drop([customerId]);
                }
            }
#pragma warning disable CA1031 // A failed renewal only means the copy expires as before and the next caller reads it.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        });
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

    private CustomerCard Card(CardSource source, string? agentLanguage) => Found(source, agentLanguage, "").Card!;

    private RecognitionResult Found(CardSource source, string? agentLanguage, string normalizedValue) =>
        new(source, null, normalizedValue, clock.GetUtcNow(), business.Zone, Languages.Match(agentLanguage) ?? source.Customer.Language);

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

/// <summary>
/// Whose identity it is, or why it was refused. The card is built on the first read of <see cref="Card"/>, so a caller
/// that already holds the card written out for this <see cref="CardSource.Editions"/> wording need not build it.
/// </summary>
public sealed class RecognitionResult(CardSource? source, string? error, string? normalizedValue, DateTimeOffset now, TimeZoneInfo? zone, string language)
{
    private CustomerCard? card;

    public static RecognitionResult Refused(string error) => new(null, error, null, default, null, "");

    public static RecognitionResult Unknown(string normalizedValue) => new(null, null, normalizedValue, default, null, "");

    /// <summary>What the card is built from, or null when nobody holds the identity (or it was refused).</summary>
    public CardSource? Source => source;

    public string? Error => error;

    public string? NormalizedValue => normalizedValue;

    /// <summary>What the card's words depend on besides the customer.</summary>
    public CardWording Wording => CardWording.At(now, zone ?? TimeZoneInfo.Utc, language);

    public CustomerCard? Card => source is null ? null : card ??= CustomerCard.From(source.Customer, source.Calls, now, zone!, language);
}
