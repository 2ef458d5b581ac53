using Exceed.Core.Customers;
using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Recognition;

/// <summary>Who is this, and what should we offer them? The card an agent sees before the customer speaks.</summary>
public sealed class RecognitionService(ExceedDb db, IdentityNormalizer normalizer, BusinessSettings business, TimeProvider clock)
{
    public const int RecentPurchases = 20;

    /// <summary>Normalises the identity and returns the customer card, or null when nobody holds it.</summary>
    public async Task<RecognitionResult> IdentifyAsync(IdentityKind kind, string? raw, string? agentLanguage, CancellationToken ct = default)
    {
        var normalized = normalizer.Normalize(kind, raw);
        if (!normalized.IsValid)
        {
            return new RecognitionResult(null, normalized.Error, null);
        }
        var customerId = await db.Identities.AsNoTracking()
            .Where(i => i.Kind == kind && i.Value == normalized.Value)
            .Select(i => (Guid?)i.CustomerId)
            .FirstOrDefaultAsync(ct);
        var card = customerId is { } id ? await CardAsync(id, agentLanguage, ct) : null;
        return new RecognitionResult(card, null, normalized.Value);
    }

    public async Task<CustomerCard?> CardAsync(Guid id, string? agentLanguage, CancellationToken ct = default)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.ErasedAt == null, ct);
        if (customer?.MergedIntoId is { } survivor)
        {
            customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == survivor && c.ErasedAt == null, ct);
        }
        if (customer is null)
        {
            return null;
        }
        var cid = customer.Id;
        customer.Identities = await db.Identities.AsNoTracking().Where(x => x.CustomerId == cid).ToListAsync(ct);
        customer.Preferences = await db.Preferences.AsNoTracking().Where(x => x.CustomerId == cid).ToListAsync(ct);
        customer.ImportantDates = await db.ImportantDates.AsNoTracking().Where(x => x.CustomerId == cid).ToListAsync(ct);
        customer.Purchases = await db.Purchases.AsNoTracking().Where(x => x.CustomerId == cid)
            .OrderByDescending(p => p.PurchasedAt).Take(RecentPurchases).ToListAsync(ct);
        customer.WishItems = await db.WishItems.AsNoTracking().Where(x => x.CustomerId == cid && x.FulfilledAt == null).ToListAsync(ct);
        customer.Notes = await db.Notes.AsNoTracking().Where(x => x.CustomerId == cid)
            .OrderByDescending(n => n.CreatedAt).Take(5).ToListAsync(ct);
        var calls = await db.Calls.AsNoTracking().Where(x => x.CustomerId == cid)
            .OrderByDescending(c => c.ReceivedAt).Take(5).ToListAsync(ct);
        return CustomerCard.From(customer, calls, clock.GetUtcNow(), business.Zone, Languages.Match(agentLanguage) ?? customer.Language);
    }
}

public sealed record RecognitionResult(CustomerCard? Card, string? Error, string? NormalizedValue);
