namespace Exceed.Core.Customers;

/// <summary>What a person or an integration sends to create a customer or change a profile.</summary>
public sealed record CustomerInput
{
    public string? DisplayName { get; init; }
    public string? FamilyName { get; init; }
    public Salutation? Salutation { get; init; }
    public string? Language { get; init; }
    public CustomerType? Type { get; init; }
    public LoyaltyStage? LoyaltyStage { get; init; }
    public List<string>? Tags { get; init; }
    public List<IdentityInput>? Identities { get; init; }
    public List<PreferenceInput>? Preferences { get; init; }
    public List<DateInput>? ImportantDates { get; init; }
    public List<PurchaseInput>? Purchases { get; init; }
    public List<WishInput>? WishItems { get; init; }
    public List<string>? Notes { get; init; }
}

public sealed record IdentityInput(IdentityKind Kind, string? Value);
public sealed record PreferenceInput(PreferenceKind Kind, string? Text);
public sealed record DateInput(ImportantDateKind Kind, int Month, int Day, int? Year = null, string? Label = null);
public sealed record PurchaseInput(string? Item, decimal Amount, string? Currency, DateTimeOffset? PurchasedAt, string? Channel = null);
public sealed record WishInput(string? Item, DateTimeOffset? WishedAt, string? Note = null);

public static class Languages
{
    public static readonly string[] Supported = ["zh-Hans", "zh-Hant", "en"];

    /// <summary>Maps a browser or spreadsheet language tag to one we speak, or null.</summary>
    public static string? Match(string? tag) => tag?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "zh-hans" or "zh-cn" or "zh-sg" or "zh" or "简体" or "简体中文" or "中文" => "zh-Hans",
        "zh-hant" or "zh-tw" or "zh-hk" or "zh-mo" or "繁體" or "繁体" or "繁體中文" => "zh-Hant",
        var t when t.StartsWith("en", StringComparison.Ordinal) || t == "英文" || t == "english" => "en",
        var t when t.StartsWith("zh-hant", StringComparison.Ordinal) => "zh-Hant",
        var t when t.StartsWith("zh", StringComparison.Ordinal) => "zh-Hans",
        _ => null,
    };
}
