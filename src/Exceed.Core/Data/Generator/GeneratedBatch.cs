using Exceed.Core.Customers;

namespace Exceed.Core.Data.Generator;

/// <summary>One slice of generated customers and their parts, held in memory until a bulk writer stores it.</summary>
internal sealed class GeneratedBatch
{
    public List<Customer> Customers { get; } = [];
    public List<CustomerIdentity> Identities { get; } = [];
    public List<Preference> Preferences { get; } = [];
    public List<Purchase> Purchases { get; } = [];
    public List<WishItem> WishItems { get; } = [];

    public int RowCount => Customers.Count + Identities.Count + Preferences.Count + Purchases.Count + WishItems.Count;

    public void Clear()
    {
        Customers.Clear();
        Identities.Clear();
        Preferences.Clear();
        Purchases.Clear();
        WishItems.Clear();
    }
}

/// <summary>Totals of one generator run, for the console and the benchmark notes.</summary>
public sealed record GenerationReport(
    int Customers, long Identities, long Preferences, long Purchases, long WishItems, TimeSpan Elapsed)
{
    public long Rows => Customers + Identities + Preferences + Purchases + WishItems;
}
