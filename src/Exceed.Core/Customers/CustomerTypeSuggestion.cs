namespace Exceed.Core.Customers;

/// <summary>Suggests one of seed 004's four customer types from purchase history; staff decide.</summary>
public static class CustomerTypeSuggestion
{
    public static CustomerType Suggest(IReadOnlyCollection<Purchase> purchases, int openWishes)
    {
        if (purchases.Count == 0)
        {
            return openWishes > 0 ? CustomerType.InformationSeeking : CustomerType.Unknown;
        }
        if (purchases.Count == 1)
        {
            return CustomerType.Occasional;
        }
        var span = purchases.Max(p => p.PurchasedAt) - purchases.Min(p => p.PurchasedAt);
        return purchases.Count >= 5 && span.TotalDays >= 180 ? CustomerType.Loyal : CustomerType.Purposeful;
    }
}
