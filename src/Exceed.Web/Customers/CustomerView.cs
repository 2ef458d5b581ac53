using Exceed.Core.Customers;

namespace Exceed.Web.Customers;

/// <summary>The customer as the API shows it: everything remembered, newest first.</summary>
public sealed record CustomerView(
    Guid Id, string DisplayName, string? FamilyName, Salutation Salutation, string Language,
    CustomerType Type, CustomerType SuggestedType, LoyaltyStage LoyaltyStage, IReadOnlyList<string> Tags,
    IReadOnlyList<CustomerIdentity> Identities, IReadOnlyList<Preference> Preferences, IReadOnlyList<ImportantDate> ImportantDates,
    IReadOnlyList<Purchase> Purchases, IReadOnlyList<WishItem> WishItems, IReadOnlyList<CustomerNote> Notes,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static CustomerView From(Customer c) => new(
        c.Id, c.DisplayName, c.FamilyName, c.Salutation, c.Language, c.Type,
        CustomerTypeSuggestion.Suggest(c.Purchases, c.WishItems.Count(w => w.FulfilledAt is null)),
        c.LoyaltyStage, c.TagList.ToList(), c.Identities,
        c.Preferences, c.ImportantDates, c.Purchases.OrderByDescending(p => p.PurchasedAt).ToList(),
        c.WishItems.OrderByDescending(w => w.WishedAt).ToList(), c.Notes.OrderByDescending(n => n.CreatedAt).ToList(),
        c.CreatedAt, c.UpdatedAt);
}
