using Exceed.Core.Calls;
using Exceed.Core.Customers;
using Exceed.Core.Events;
using Microsoft.Extensions.Caching.Memory;

namespace Exceed.Core.Recognition;

/// <summary>What a card is built from: the customer with the parts the card shows, and their latest calls.</summary>
public sealed record CardSource(Customer Customer, IReadOnlyList<Call> Calls)
{
    /// <summary>The card as already written out for the API, per wording; it goes when the source goes.</summary>
    public CardEditions Editions { get; } = new();
}

/// <summary>
/// Recent cards' sources in memory, so a returning caller is recognised without reading the database. A copy is
/// dropped when <see cref="CustomerDataChanged"/> says the customer changed (on any node, through the event bus),
/// and expires after <see cref="RecognitionSettings.CardCacheSeconds"/> at the latest for writers outside the app
/// (the command-line import). A read that raced with a change is not kept: every drop moves the generation on.
/// </summary>
public sealed class CardCache : IDisposable
{
    private readonly MemoryCache cards;
    private readonly TimeSpan keepFor;
    private readonly IDisposable listening;
    private long generation;

    private readonly TimeProvider clock;

    public CardCache(RecognitionSettings settings, IEventBus bus, TimeProvider? clock = null)
    {
        this.clock = clock ?? TimeProvider.System;
        cards = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, settings.CardCacheSize) * 2L });
        keepFor = TimeSpan.FromSeconds(settings.CardCacheSeconds);
        Enabled = settings.CardCacheSize > 0 && settings.CardCacheSeconds > 0;
        listening = bus.Subscribe<CustomerDataChanged>(changed =>
        {
            Drop(changed.CustomerIds);
            return Task.CompletedTask;
        });
    }

    public bool Enabled { get; }

    /// <summary>Taken before reading the database; a copy read under an older generation is not kept.</summary>
    public long Generation => Interlocked.Read(ref generation);

    public bool TryFind(IdentityKind kind, string value, out CardSource source)
    {
        source = null!;
        if (!Enabled || !cards.TryGetValue(new IdentityKey(kind, value), out Guid owner) || !TryFind(owner, out source))
        {
            return false;
        }
        // The identity may have moved to someone else since: the owner's copy must still hold it.
        return source.Customer.Identities.Exists(i => i.Kind == kind && i.Value == value);
    }

    public bool TryFind(Guid customerId, out CardSource source)
    {
        source = null!;
        if (!Enabled || !cards.TryGetValue(customerId, out Kept? kept) || kept is null)
        {
            return false;
        }
        source = kept.Source;
        return true;
    }

    /// <summary>
    /// True once for a copy past 40–60 % of its life: the caller re-reads it in the background while the copy keeps answering,
    /// so a busy caller's card is renewed before it expires instead of a request waiting for the database (a read set the
    /// tail of recognition over HTTP on PostgreSQL).
    /// </summary>
    public bool ClaimRefresh(Guid customerId) =>
        Enabled && cards.TryGetValue(customerId, out Kept? kept) && kept is not null
        && clock.GetUtcNow() >= kept.RefreshAfter && Interlocked.Exchange(ref kept.Refreshing, 1) == 0;

    public void Keep(long readAt, CardSource source, IdentityKind? kind = null, string? value = null)
    {
        if (!Enabled)
        {
            return;
        }
        lock (cards)
        {
            if (Generation != readAt)
            {
                return;
            }
            // Each copy lives a random 90–100 % of the limit and is renewed in the background from a random 40–60 %: the
            // cards read in the same busy minute are neither renewed nor expired all in the same second.
            var options = new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = keepFor * (0.9 + Random.Shared.NextDouble() / 10) };
            cards.Set(source.Customer.Id, new Kept(source, clock.GetUtcNow() + keepFor * (0.4 + Random.Shared.NextDouble() / 5)), options);
            if (kind is { } k && value is not null)
            {
                cards.Set(new IdentityKey(k, value), source.Customer.Id, options);
            }
        }
    }

    public void Drop(IEnumerable<Guid> customerIds)
    {
        lock (cards)
        {
            Interlocked.Increment(ref generation);
            foreach (var id in customerIds)
            {
                cards.Remove(id);
            }
        }
    }

    /// <summary>Forgets every copy: for when the database was emptied or restored underneath the running app.</summary>
    public void Clear()
    {
        lock (cards)
        {
            Interlocked.Increment(ref generation);
            cards.Clear();
        }
    }

    public void Dispose()
    {
        listening.Dispose();
        cards.Dispose();
    }

    private readonly record struct IdentityKey(IdentityKind Kind, string Value);

    private sealed class Kept(CardSource source, DateTimeOffset refreshAfter)
    {
        public int Refreshing;
        public CardSource Source { get; } = source;
        public DateTimeOffset RefreshAfter { get; } = refreshAfter;
    }
}

/// <summary>Exceed:Recognition settings.</summary>
public sealed class RecognitionSettings
{
    /// <summary>How many customers' cards are kept in memory; 0 turns the copy off.</summary>
    public int CardCacheSize { get; set; } = 20_000;

    /// <summary>The longest a copy is used without being re-read, for changes made outside the app.</summary>
    public int CardCacheSeconds { get; set; } = 60;
}
