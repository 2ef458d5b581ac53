using System.Globalization;
using Exceed.Core.Customers;
using Exceed.Core.Data.Demo;

namespace Exceed.Core.Data.Generator;

/// <summary>
/// Builds believable customers from a seeded random source. Values are written already normalised, exactly as
/// <see cref="Recognition.IdentityNormalizer"/> would store them, because the bulk writers bypass the factory for speed.
/// </summary>
internal sealed class GeneratedCustomers(int seed, DateTimeOffset now)
{
    private readonly Random random = new(seed);
    private readonly long nowTicks = now.UtcTicks;

    /// <summary>Adds one customer (and its parts) whose unique identities all derive from <paramref name="sequence"/>.</summary>
    public void Add(GeneratedBatch batch, long sequence)
    {
        var english = random.Next(100) < 25;
        var (customer, romanised) = english ? English() : Chinese();
        var created = At(random.Next(3 * 365));
        customer.CreatedAt = created;
        customer.UpdatedAt = created;
        customer.Type = (CustomerType)random.Next(5);
        customer.LoyaltyStage = (LoyaltyStage)random.Next(5);
        customer.Tags = random.Next(100) < 20 ? DemoCatalog.Tags[random.Next(DemoCatalog.Tags.Length)] : "";
        batch.Customers.Add(customer);
        AddIdentities(batch, customer, romanised, sequence);
        AddParts(batch, customer, english);
    }

    private (Customer, string Romanised) Chinese()
    {
        var (family, pinyin) = Pick(DemoNames.Surnames);
        var (given, _) = Pick(DemoNames.GivenNames);
        return (new Customer
        {
            DisplayName = family + given,
            FamilyName = family,
            Salutation = DemoNames.Female.Contains(given) ? Salutation.Ms : Salutation.Mr,
            Language = "zh-Hans",
        }, pinyin);
    }

    private (Customer, string Romanised) English()
    {
        var given = Pick(DemoNames.EnglishGiven);
        var family = Pick(DemoNames.EnglishFamily);
        return (new Customer
        {
            DisplayName = $"{given} {family}",
            FamilyName = family,
            Salutation = DemoNames.Female.Contains(given) ? Salutation.Ms : Salutation.Mr,
            Language = "en",
        }, family.ToLowerInvariant());
    }

    private void AddIdentities(GeneratedBatch batch, Customer customer, string name, long sequence)
    {
        var digits = GeneratedPhone.NationalDigits(sequence);
        Identity(batch, customer, IdentityKind.Phone, "+86" + digits, GeneratedPhone.Typed(digits, random.Next(4)));
        var tag = sequence.ToString(CultureInfo.InvariantCulture);
        if (random.Next(100) < 90)
        {
            var email = $"{name}{tag}@{DemoNames.EmailDomains[random.Next(DemoNames.EmailDomains.Length)]}";
            Identity(batch, customer, IdentityKind.Email, email, email);
        }
        var kind = random.Next(2) == 0 ? IdentityKind.Taobao : IdentityKind.WeChat;
        var handle = kind == IdentityKind.Taobao ? $"tb_{name}_{tag}" : $"wx_{name}{tag}";
        Identity(batch, customer, kind, handle, handle);
        if (random.Next(100) < 10)
        {
            var order = "E" + sequence.ToString("D10", CultureInfo.InvariantCulture);
            Identity(batch, customer, IdentityKind.Order, order, order);
        }
    }

    private void AddParts(GeneratedBatch batch, Customer customer, bool english)
    {
        if (random.Next(100) < 90)
        {
            var kind = (PreferenceKind)random.Next(3);
            var texts = kind switch { PreferenceKind.Like => DemoCatalog.Likes, PreferenceKind.Dislike => DemoCatalog.Dislikes, _ => DemoCatalog.Needs };
            batch.Preferences.Add(new Preference { CustomerId = customer.Id, Kind = kind, Text = texts[random.Next(texts.Length)] });
        }
        var catalog = random.Next(3) == 0 ? DemoCatalog.HotelItems : DemoCatalog.ShopItems;
        for (var i = 1 + random.Next(2); i > 0; i--)
        {
            var (item, price) = catalog[random.Next(catalog.Length)];
            batch.Purchases.Add(new Purchase
            {
                CustomerId = customer.Id,
                Item = item,
                Amount = price,
                Currency = english && random.Next(4) == 0 ? "USD" : "CNY",
                PurchasedAt = At(random.Next(2 * 365)),
                Channel = catalog == DemoCatalog.HotelItems ? "hotel" : "taobao",
            });
        }
        if (random.Next(2) == 0)
        {
            batch.WishItems.Add(new WishItem { CustomerId = customer.Id, Item = DemoCatalog.Wishes[random.Next(DemoCatalog.Wishes.Length)], WishedAt = At(random.Next(365)) });
        }
    }

    private static void Identity(GeneratedBatch batch, Customer customer, IdentityKind kind, string value, string display) =>
        batch.Identities.Add(new CustomerIdentity { CustomerId = customer.Id, Kind = kind, Value = kind == IdentityKind.Order ? value : value.ToLowerInvariant(), Display = display });

    /// <summary>A moment some days ago, to the second, in UTC as the database keeps it.</summary>
    private DateTimeOffset At(int daysAgo) =>
        new(nowTicks - (daysAgo * TimeSpan.TicksPerDay) - (random.Next(86_400) * TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
