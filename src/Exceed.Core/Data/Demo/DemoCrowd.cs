using System.Globalization;
using Exceed.Core.Customers;

namespace Exceed.Core.Data.Demo;

/// <summary>The everyday customers around the stories: seeded, so every demo database looks the same.</summary>
internal sealed class DemoCrowd(DemoClock clock, int seed = 20261123)
{
    private static readonly string[] MainlandPrefixes = ["130", "131", "132", "136", "137", "150", "151", "152", "155", "156", "157", "180", "181", "182", "185", "187"];
    private static readonly string[] HongKongMobilePrefixes = ["51", "53", "54", "55", "56", "59", "61", "62", "63", "64", "65", "66", "67", "68", "69", "90", "91", "92", "93", "94", "95", "96", "97", "98"];
    private readonly Random random = new(seed);
    private readonly HashSet<string> usedValues = [];

    public IEnumerable<DemoCustomer> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(100);
            var person = roll < 65 ? Mainland() : roll < 77 ? HongKongOrTaiwan() : English();
            yield return Describe(person, hotel: random.Next(100) < 45, i);
        }
    }

    private CustomerInput Mainland()
    {
        var (family, pinyin) = Pick(DemoNames.Surnames);
        var (given, givenPinyin) = Pick(DemoNames.GivenNames);
        var digits = Unique(() => Pick(MainlandPrefixes) + random.Next(100_000_000).ToString("D8", CultureInfo.InvariantCulture));
        var phone = (random.Next(4)) switch
        {
            0 => digits,
            1 => $"+86 {digits[..3]} {digits[3..7]} {digits[7..]}",
            2 => $"{digits[..3]}-{digits[3..7]}-{digits[7..]}",
            _ => $"0086{digits}",
        };
        var handle = random.Next(2) == 0
            ? new IdentityInput(IdentityKind.Taobao, Unique(() => $"{pinyin}{givenPinyin}{random.Next(10, 99)}"))
            : new IdentityInput(IdentityKind.WeChat, Unique(() => $"wx_{pinyin}_{givenPinyin}{random.Next(1, 99)}"));
        return Person(family + given, family, given, "zh-Hans", [new(IdentityKind.Phone, phone), handle], $"{pinyin}.{givenPinyin}");
    }

    private CustomerInput HongKongOrTaiwan()
    {
        var family = Pick(DemoNames.TraditionalSurnames);
        var (given, romanised) = Pick(DemoNames.TraditionalGivenNames);
        var phone = random.Next(2) == 0
            ? "+852 " + Unique(() => $"{Pick(HongKongMobilePrefixes)}{random.Next(100_000, 999_999)}")
            : "+886 " + Unique(() => $"9{random.Next(1, 9)}{random.Next(1_000_000, 9_999_999)}");
        return Person(family + given, family, given, "zh-Hant", [new(IdentityKind.Phone, phone)], romanised);
    }

    private CustomerInput English()
    {
        var given = Pick(DemoNames.EnglishGiven);
        var family = Pick(DemoNames.EnglishFamily);
        var digits = Unique(() => Pick(MainlandPrefixes) + random.Next(100_000_000).ToString("D8", CultureInfo.InvariantCulture));
        return Person($"{given} {family}", family, given, "en", [new(IdentityKind.Phone, "+86 " + digits)], $"{given}.{family}".ToLowerInvariant());
    }

    private CustomerInput Person(string name, string family, string given, string language, List<IdentityInput> identities, string mailbox)
    {
        if (random.Next(100) < 60)
        {
            identities.Add(new(IdentityKind.Email, Unique(() => $"{mailbox}{random.Next(1, 999)}@{Pick(DemoNames.EmailDomains)}")));
        }
        return new CustomerInput
        {
            DisplayName = name, FamilyName = family, Language = language, Identities = identities,
            Salutation = DemoNames.Female.Contains(given) ? Salutation.Ms : Salutation.Mr,
        };
    }

    private DemoCustomer Describe(CustomerInput person, bool hotel, int index)
    {
        var catalog = hotel ? DemoCatalog.HotelItems : DemoCatalog.ShopItems;
        var purchases = Enumerable.Range(0, random.Next(5)).Select(_ => Bought(Pick(catalog), hotel)).ToList();
        if (!hotel && random.Next(100) < 12)
        {
            var regular = Pick(DemoCatalog.RegularItems);
            purchases.AddRange(ShopStories.Regular(regular, DemoCatalog.ShopItems.First(i => i.Item == regular).Price, clock, 3 + random.Next(3), 20 + random.Next(20)));
        }
        if (!hotel && random.Next(100) < 30)
        {
            person.Identities!.Add(new(IdentityKind.Order, $"TB{clock.Now.Year}{index:D4}{random.Next(1000, 9999)}"));
        }
        var wishes = random.Next(100) < 25 ? new List<WishInput> { new(Pick(DemoCatalog.Wishes), clock.DaysAgo(random.Next(10, 300))) } : [];
        var notes = random.Next(100) < 30 ? new List<DemoNote> { new(Pick(DemoCatalog.Notes), Pick(DemoCatalog.Staff), random.Next(1, 200)) } : [];
        var input = person with
        {
            Type = Suggest(purchases, wishes.Count),
            LoyaltyStage = purchases.Count switch { 0 => LoyaltyStage.Prospect, 1 => LoyaltyStage.FirstTime, < 4 => LoyaltyStage.Repeat, _ => LoyaltyStage.Client },
            Tags = random.Next(100) < 35 ? [Pick(DemoCatalog.Tags), hotel ? "hotel" : "shop"] : [hotel ? "hotel" : "shop"],
            Preferences = Enumerable.Range(0, random.Next(3)).Select(_ => Preference()).ToList(),
            ImportantDates = Dates(),
            Purchases = purchases,
            WishItems = wishes,
        };
        return new DemoCustomer(input, notes, random.Next(30, 1000));
    }

    private PurchaseInput Bought((string Item, decimal Price) item, bool hotel) =>
        new(item.Item, item.Price, "CNY", clock.DaysAgo(random.Next(1, 720), random.Next(8, 22)), hotel ? "hotel" : "taobao");

    private PreferenceInput Preference() => random.Next(3) switch
    {
        0 => new(PreferenceKind.Like, Pick(DemoCatalog.Likes)),
        1 => new(PreferenceKind.Dislike, Pick(DemoCatalog.Dislikes)),
        _ => new(PreferenceKind.Need, Pick(DemoCatalog.Needs)),
    };

    private List<DateInput> Dates()
    {
        var roll = random.Next(100);
        var year = 1960 + random.Next(45);
        return roll switch
        {
            < 8 => [clock.Upcoming(ImportantDateKind.Birthday, random.Next(0, 7), year)],
            < 60 => [new(ImportantDateKind.Birthday, 1 + random.Next(12), 1 + random.Next(28), year)],
            < 70 => [new(ImportantDateKind.Anniversary, 1 + random.Next(12), 1 + random.Next(28), 2000 + random.Next(25), "结婚纪念日")],
            _ => [],
        };
    }

    private static CustomerType Suggest(List<PurchaseInput> purchases, int wishes) =>
        CustomerTypeSuggestion.Suggest(purchases.Select(p => new Purchase { Item = p.Item!, PurchasedAt = p.PurchasedAt!.Value }).ToList(), wishes);

    private string Unique(Func<string> next)
    {
        string value;
        do { value = next(); } while (!usedValues.Add(value));
        return value;
    }

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
