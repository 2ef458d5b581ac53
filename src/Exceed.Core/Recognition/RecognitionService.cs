using Exceed.Core.Customers;
using Exceed.Core.Data;

namespace Exceed.Core.Recognition;

/// <summary>Who is this, and what should we offer them? The card an agent sees before the customer speaks.</summary>
public sealed class RecognitionService(ExceedDb db, IdentityNormalizer normalizer, BusinessSettings business, TimeProvider clock, CardCache cache,
    CardRenewals? renewals = null)
{
    public const int RecentPurchases = 20;
    public const int RecentNotes = 5;
    public const int RecentCalls = 5;
    /// <summary>How many merges are followed from a record to the one kept.</summary>
    public const int MaxMergeHops = 20;

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
        var (owner, source) = await CardReads.For(db).ByIdentityAsync(db, kind, value, ct);
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

    /// <summary>A kept card past 40–60 % of its life is read again in the background, with others due; the copy answers meanwhile.</summary>
    private void RenewIfDue(Guid customerId, IdentityKind kind, string value)
    {
        if (renewals is not null && cache.ClaimRefresh(customerId))
        {
            renewals.Renew(customerId, kind, value);
        }
    }

    public async Task<CustomerCard?> CardAsync(Guid id, string? agentLanguage, CancellationToken ct = default)
    {
        if (cache.TryFind(id, out var known))
        {
            return Card(known, agentLanguage);
        }
        var readAt = cache.Generation;
        var source = await CardReads.For(db).ByIdAsync(db, id, ct);
        if (source?.Customer.Id == id)
        {
            cache.Keep(readAt, source);
        }
        return source is null ? null : Card(source, agentLanguage);
    }

    private CustomerCard Card(CardSource source, string? agentLanguage) => Found(source, agentLanguage, "").Card!;

    private RecognitionResult Found(CardSource source, string? agentLanguage, string normalizedValue) =>
        new(source, null, normalizedValue, clock.GetUtcNow(), business.Zone, Languages.Match(agentLanguage) ?? source.Customer.Language);
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
