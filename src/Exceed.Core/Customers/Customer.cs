namespace Exceed.Core.Customers;

/// <summary>One person the business serves, across every channel.</summary>
public sealed class Customer
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    private string displayName = "";
    public required string DisplayName
    {
        get => displayName;
        set { displayName = value; NameKey = NameFolding.Fold(value); }
    }
    /// <summary>Family name used in greetings ("王" in 王先生, "Chen" in Ms Chen).</summary>
    public string? FamilyName { get; set; }
    public Salutation Salutation { get; set; }
    /// <summary>The language we speak to this customer in: zh-Hans, zh-Hant or en.</summary>
    public string Language { get; set; } = "zh-Hans";
    public CustomerType Type { get; set; }
    public LoyaltyStage LoyaltyStage { get; set; }
    /// <summary>Comma-separated tags, kept lower-case for search.</summary>
    public string Tags { get; set; } = "";
    /// <summary>Display name folded for search; follows <see cref="DisplayName"/>.</summary>
    public string NameKey { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ErasedAt { get; set; }
    /// <summary>Set when this record was merged into another; the record stays for the audit trail.</summary>
    public Guid? MergedIntoId { get; set; }

    public List<CustomerIdentity> Identities { get; set; } = [];
    public List<Preference> Preferences { get; set; } = [];
    public List<ImportantDate> ImportantDates { get; set; } = [];
    public List<Purchase> Purchases { get; set; } = [];
    public List<WishItem> WishItems { get; set; } = [];
    public List<CustomerNote> Notes { get; set; } = [];

    public IEnumerable<string> TagList =>
        Tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public enum Salutation { None, Mr, Ms }

/// <summary>The four customer types of seed 004, plus not yet known.</summary>
public enum CustomerType { Unknown, Loyal, Purposeful, Occasional, InformationSeeking }

public enum LoyaltyStage { Prospect, FirstTime, Repeat, Client, Advocate }
