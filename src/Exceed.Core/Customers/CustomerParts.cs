namespace Exceed.Core.Customers;

/// <summary>A way we can tell who is contacting us: a phone, an email, a handle, an order number.</summary>
public sealed class CustomerIdentity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CustomerId { get; set; }
    public IdentityKind Kind { get; set; }
    /// <summary>Normalised value (E.164, case-folded email, ...): unique per kind.</summary>
    public required string Value { get; set; }
    /// <summary>What the person typed, kept for display.</summary>
    public string? Display { get; set; }
}

public enum IdentityKind { Phone, Email, Handle, WeChat, Taobao, Order }

public sealed class Preference
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CustomerId { get; set; }
    public PreferenceKind Kind { get; set; }
    public required string Text { get; set; }
}

/// <summary>Likes, dislikes, and needs (allergies, accessibility, "morning coffee").</summary>
public enum PreferenceKind { Like, Dislike, Need }

public sealed class ImportantDate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CustomerId { get; set; }
    public ImportantDateKind Kind { get; set; }
    public int Month { get; set; }
    public int Day { get; set; }
    public int? Year { get; set; }
    public string? Label { get; set; }
}

public enum ImportantDateKind { Birthday, Anniversary, Other }

public sealed class Purchase
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CustomerId { get; set; }
    public required string Item { get; set; }
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "CNY";
    public DateTimeOffset PurchasedAt { get; set; }
    public string? Channel { get; set; }
}

/// <summary>Something the customer wanted but did not buy (002 §九).</summary>
public sealed class WishItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CustomerId { get; set; }
    public required string Item { get; set; }
    public DateTimeOffset WishedAt { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset? FulfilledAt { get; set; }
}

public sealed class CustomerNote
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CustomerId { get; set; }
    public required string Text { get; set; }
    public required string Author { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
