using Exceed.Core.Common;
using Exceed.Core.Recognition;

namespace Exceed.Core.Customers;

/// <summary>Validates a <see cref="CustomerInput"/> and builds the customer it describes, without touching the database.</summary>
public sealed class CustomerFactory(IdentityNormalizer normalizer)
{
    public (Customer? Customer, FieldErrors Errors) Build(CustomerInput input, DateTimeOffset now, string author)
    {
        var errors = new FieldErrors();
        errors.Require("displayName", input.DisplayName, "Name", 200);
        ValidateProfile(input, errors);
        var customer = new Customer
        {
            DisplayName = input.DisplayName?.Trim() ?? "",
            FamilyName = Clean(input.FamilyName),
            Salutation = input.Salutation ?? Salutation.None,
            Language = Languages.Match(input.Language) ?? "zh-Hans",
            Type = input.Type ?? CustomerType.Unknown,
            LoyaltyStage = input.LoyaltyStage ?? LoyaltyStage.Prospect,
            Tags = JoinTags(input.Tags),
            CreatedAt = now,
            UpdatedAt = now,
        };
        var seen = new HashSet<(IdentityKind, string)>();
        foreach (var (identity, i) in (input.Identities ?? []).Select((x, i) => (x, i)))
        {
            var result = BuildIdentity(identity, $"identities[{i}]", errors);
            if (result is not null && seen.Add((result.Kind, result.Value)))
            {
                result.CustomerId = customer.Id;
                customer.Identities.Add(result);
            }
        }
        foreach (var (p, i) in (input.Preferences ?? []).Select((x, i) => (x, i)))
        {
            if (BuildPreference(p, $"preferences[{i}]", errors) is { } pref) { pref.CustomerId = customer.Id; customer.Preferences.Add(pref); }
        }
        foreach (var (d, i) in (input.ImportantDates ?? []).Select((x, i) => (x, i)))
        {
            if (BuildDate(d, $"importantDates[{i}]", errors) is { } date) { date.CustomerId = customer.Id; customer.ImportantDates.Add(date); }
        }
        foreach (var (p, i) in (input.Purchases ?? []).Select((x, i) => (x, i)))
        {
            if (BuildPurchase(p, $"purchases[{i}]", now, errors) is { } purchase) { purchase.CustomerId = customer.Id; customer.Purchases.Add(purchase); }
        }
        foreach (var (w, i) in (input.WishItems ?? []).Select((x, i) => (x, i)))
        {
            if (BuildWish(w, $"wishItems[{i}]", now, errors) is { } wish) { wish.CustomerId = customer.Id; customer.WishItems.Add(wish); }
        }
        foreach (var (n, i) in (input.Notes ?? []).Select((x, i) => (x, i)))
        {
            if (BuildNote(n, $"notes[{i}]", now, author, errors) is { } note) { note.CustomerId = customer.Id; customer.Notes.Add(note); }
        }
        return (errors.Any ? null : customer, errors);
    }

    public static void ValidateProfile(CustomerInput input, FieldErrors errors)
    {
        if (input.Salutation is { } salutation && !Enum.IsDefined(salutation))
        {
            errors.Add("salutation", "Salutation must be None, Mr or Ms.");
        }
        if (input.Type is { } type && !Enum.IsDefined(type))
        {
            errors.Add("type", "Type must be Unknown, Loyal, Purposeful, Occasional or InformationSeeking.");
        }
        if (input.LoyaltyStage is { } stage && !Enum.IsDefined(stage))
        {
            errors.Add("loyaltyStage", "Loyalty stage must be Prospect, FirstTime, Repeat, Client or Advocate.");
        }
        errors.Limit("familyName", input.FamilyName, "Family name", 100);
        if (input.Language is { Length: > 0 } && Languages.Match(input.Language) is null)
        {
            errors.Add("language", $"Language '{input.Language}' is not supported; use zh-Hans, zh-Hant or en.");
        }
        if (input.Tags is { } tags && (tags.Any(t => t.Contains(',', StringComparison.Ordinal)) || JoinTags(tags).Length > 1000))
        {
            errors.Add("tags", "Tags may not contain commas and must total at most 1000 characters.");
        }
    }

    public CustomerIdentity? BuildIdentity(IdentityInput input, string field, FieldErrors errors)
    {
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(field + ".kind", "Kind must be phone, email, handle, weChat, taobao or order.");
            return null;
        }
        var result = normalizer.Normalize(input.Kind, input.Value);
        if (!result.IsValid)
        {
            errors.Add(field + ".value", result.Error!);
            return null;
        }
        return new CustomerIdentity { Kind = input.Kind, Value = result.Value, Display = input.Value!.Trim() };
    }

    public static Preference? BuildPreference(PreferenceInput input, string field, FieldErrors errors)
    {
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(field + ".kind", "Kind must be Like, Dislike or Need.");
            return null;
        }
        errors.Require(field + ".text", input.Text, "Preference", 500);
        return string.IsNullOrWhiteSpace(input.Text) || input.Text.Length > 500 ? null : new Preference { Kind = input.Kind, Text = input.Text.Trim() };
    }

    public static ImportantDate? BuildDate(DateInput input, string field, FieldErrors errors)
    {
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(field + ".kind", "Kind must be Birthday, Anniversary or Other.");
            return null;
        }
        var year = input.Year ?? 2000;
        if (input.Month is < 1 or > 12 || input.Day < 1 || year < 1900 || year > 2200 || input.Day > DateTime.DaysInMonth(year, input.Month))
        {
            errors.Add(field, $"{input.Month}/{input.Day} is not a date; give month 1-12 and a day that exists in that month.");
            return null;
        }
        errors.Limit(field + ".label", input.Label, "Label", 200);
        return new ImportantDate { Kind = input.Kind, Month = input.Month, Day = input.Day, Year = input.Year, Label = Clean(input.Label) };
    }

    public static Purchase? BuildPurchase(PurchaseInput input, string field, DateTimeOffset now, FieldErrors errors)
    {
        errors.Require(field + ".item", input.Item, "Item", 300);
        if (input.Amount < 0 || input.Amount > 1_000_000_000)
        {
            errors.Add(field + ".amount", "Amount must be between 0 and 1,000,000,000.");
        }
        var currency = (input.Currency ?? "CNY").Trim().ToUpperInvariant();
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            errors.Add(field + ".currency", $"Currency '{input.Currency}' must be a three-letter code such as CNY, HKD or USD.");
        }
        errors.Limit(field + ".channel", input.Channel, "Channel", 50);
        if (string.IsNullOrWhiteSpace(input.Item) || input.Item.Length > 300)
        {
            return null;
        }
        return new Purchase
        {
            Item = input.Item.Trim(),
            Amount = input.Amount,
            Currency = currency,
            PurchasedAt = (input.PurchasedAt ?? now).ToUniversalTime(),
            Channel = Clean(input.Channel),
        };
    }

    public static WishItem? BuildWish(WishInput input, string field, DateTimeOffset now, FieldErrors errors)
    {
        errors.Require(field + ".item", input.Item, "Wished item", 300);
        errors.Limit(field + ".note", input.Note, "Note", 500);
        return string.IsNullOrWhiteSpace(input.Item) || input.Item.Length > 300
            ? null
            : new WishItem { Item = input.Item.Trim(), WishedAt = (input.WishedAt ?? now).ToUniversalTime(), Note = Clean(input.Note) };
    }

    public static CustomerNote? BuildNote(string? text, string field, DateTimeOffset now, string author, FieldErrors errors)
    {
        errors.Require(field, text, "Note", 4000);
        return string.IsNullOrWhiteSpace(text) || text.Length > 4000 ? null : new CustomerNote { Text = text.Trim(), Author = author, CreatedAt = now };
    }

    public static string JoinTags(IEnumerable<string>? tags) =>
        string.Join(',', (tags ?? []).Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct());

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
