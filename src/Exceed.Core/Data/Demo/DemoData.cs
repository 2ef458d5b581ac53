using Exceed.Core.Customers;
using Exceed.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Data.Demo;

/// <summary>Demo customers of a small Taobao shop and a hotel, so a new install shows recognition and prompts at once.</summary>
public static class DemoData
{
    public const int CrowdSize = 190;
    public const string Author = "demo";

    /// <summary>Loads the demo customers in one save when the database has no customers; returns how many were added.</summary>
    public static async Task<int> SeedIfEmptyAsync(ExceedDb db, CustomerFactory factory, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Customers.AnyAsync(ct))
        {
            return 0;
        }
        var now = clock.GetUtcNow();
        var demoClock = new DemoClock(now);
        var people = ShopStories.All(demoClock).Concat(HotelStories.All(demoClock)).Concat(new DemoCrowd(demoClock).Generate(CrowdSize));
        var customers = people.Select(p => Build(factory, p, demoClock)).ToList();
        db.Customers.AddRange(customers);
        var documents = new CustomerDocuments(db, new SearchIndex(db));
        customers.ForEach(documents.IndexNew);
        await db.SaveChangesAsync(ct);
        return customers.Count;
    }

    private static Customer Build(CustomerFactory factory, DemoCustomer demo, DemoClock clock)
    {
        var since = clock.DaysAgo(demo.CustomerForDays);
        var (customer, errors) = factory.Build(demo.Input, since, Author);
        foreach (var (note, i) in demo.Notes.Select((n, i) => (n, i)))
        {
            if (CustomerFactory.BuildNote(note.Text, $"notes[{i}]", clock.DaysAgo(note.DaysAgo, 15), note.Author, errors) is { } built)
            {
                built.CustomerId = customer?.Id ?? Guid.Empty;
                customer?.Notes.Add(built);
            }
        }
        if (customer is null || errors.Any)
        {
            var problem = errors.ToProblem();
            throw new InvalidOperationException($"Demo customer {demo.Input.DisplayName} is invalid: {problem.Detail}");
        }
        var history = customer.Purchases.Select(p => p.PurchasedAt).Concat(customer.WishItems.Select(w => w.WishedAt)).Append(since).ToList();
        customer.CreatedAt = history.Min();
        customer.UpdatedAt = history.Max();
        return customer;
    }
}
