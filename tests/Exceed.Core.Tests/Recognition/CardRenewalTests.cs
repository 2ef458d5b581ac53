using Exceed.Core.Calls;
using Exceed.Core.Customers;
using Exceed.Core.Events;
using Exceed.Core.Recognition;
using Microsoft.Extensions.Time.Testing;

namespace Exceed.Core.Tests.Recognition;

/// <summary>A kept card is renewed in the background from mid-life, once, so a busy caller never waits for the database.</summary>
public sealed class CardRenewalTests
{
    private static CardSource Source(Customer customer) => new(customer, new List<Call>());

    [Fact]
    public void Card_is_claimed_for_renewal_once_after_the_middle_of_its_life_and_not_before()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        using var cache = new CardCache(new RecognitionSettings { CardCacheSeconds = 60 }, new InProcessEventBus(), clock);
        var customer = new Customer { DisplayName = "王伟" };
        cache.Keep(cache.Generation, Source(customer));

        clock.Advance(TimeSpan.FromSeconds(23));
        Assert.False(cache.ClaimRefresh(customer.Id));

        clock.Advance(TimeSpan.FromSeconds(14));
        Assert.True(cache.ClaimRefresh(customer.Id));
        Assert.False(cache.ClaimRefresh(customer.Id));
        Assert.True(cache.TryFind(customer.Id, out var still));
        Assert.Same(customer, still.Customer);
    }

    [Fact]
    public void Renewed_copy_starts_a_new_life()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        using var cache = new CardCache(new RecognitionSettings { CardCacheSeconds = 60 }, new InProcessEventBus(), clock);
        var customer = new Customer { DisplayName = "Chen Li" };
        cache.Keep(cache.Generation, Source(customer));
        clock.Advance(TimeSpan.FromSeconds(40));
        Assert.True(cache.ClaimRefresh(customer.Id));

        cache.Keep(cache.Generation, Source(customer));

        Assert.False(cache.ClaimRefresh(customer.Id));
    }

    [Fact]
    public void Nothing_to_renew_when_cards_are_not_kept()
    {
        var clock = new FakeTimeProvider();
        using var cache = new CardCache(new RecognitionSettings { CardCacheSize = 0 }, new InProcessEventBus(), clock);
        var customer = new Customer { DisplayName = "李娜" };
        cache.Keep(cache.Generation, Source(customer));
        clock.Advance(TimeSpan.FromHours(1));

        Assert.False(cache.ClaimRefresh(customer.Id));
    }
}
