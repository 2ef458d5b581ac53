using Exceed.Core.Audit;
using Exceed.Core.Common;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Exceed.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Privacy;

/// <summary>A person's right to see and to remove what we hold about them.</summary>
public sealed class PrivacyService(ExceedDb db, CustomerService customers, SearchIndex search, Conversations.CustomerConversations conversations, AuditLog audit, TimeProvider clock)
{
    public const string ErasedName = "(erased)";

    public async Task<Outcome<CustomerExport>> ExportAsync(Guid id, string actor, CancellationToken ct = default)
    {
        var customer = await customers.GetAsync(id, ct);
        if (customer is null)
        {
            return Problem.NotFound($"No customer with id {id}.");
        }
        var calls = await db.Calls.AsNoTracking().Where(c => c.CustomerId == id).OrderBy(c => c.ReceivedAt).ToListAsync(ct);
        var merges = await db.Merges.AsNoTracking().Where(m => m.SurvivorId == id).ToListAsync(ct);
        var trail = await audit.ForCustomerAsync(id, 10_000, ct);
        audit.Record(actor, "customer.exported", customer.DisplayName, id);
        await db.SaveChangesAsync(ct);
        return new CustomerExport(clock.GetUtcNow(), customer, calls, merges, trail);
    }

    /// <summary>
    /// Removes every personal detail of the customer and of every record merged into them (merges leave the
    /// duplicates' leftovers behind); the empty records and an audit line remain so reports still add up.
    /// </summary>
    public async Task<Outcome<bool>> EraseAsync(Guid id, string actor, CancellationToken ct = default)
    {
        if (!await db.Customers.AnyAsync(c => c.Id == id && c.MergedIntoId == null && c.ErasedAt == null, ct))
        {
            return Problem.NotFound($"No customer with id {id}, or already erased.");
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var family = await MergeFamilyAsync(id, ct);
        await db.Identities.Where(x => family.Contains(x.CustomerId)).ExecuteDeleteAsync(ct);
        await db.Preferences.Where(x => family.Contains(x.CustomerId)).ExecuteDeleteAsync(ct);
        await db.ImportantDates.Where(x => family.Contains(x.CustomerId)).ExecuteDeleteAsync(ct);
        await db.Purchases.Where(x => family.Contains(x.CustomerId)).ExecuteDeleteAsync(ct);
        await db.WishItems.Where(x => family.Contains(x.CustomerId)).ExecuteDeleteAsync(ct);
        await db.Notes.Where(x => family.Contains(x.CustomerId)).ExecuteDeleteAsync(ct);
        await search.RemoveCustomersAsync(family, ct);
        await conversations.EraseAsync(family, ct);
        var now = clock.GetUtcNow();
        foreach (var record in await db.Customers.Where(c => family.Contains(c.Id)).ToListAsync(ct))
        {
            record.DisplayName = ErasedName;
            record.FamilyName = null;
            record.Salutation = Salutation.None;
            record.Tags = "";
            record.ErasedAt ??= now;
            record.UpdatedAt = now;
        }
        await db.Calls.Where(c => c.CustomerId != null && family.Contains(c.CustomerId.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Caller, "erased").SetProperty(c => c.Called, (string?)null), ct);
        await db.Audit.Where(a => a.CustomerId != null && family.Contains(a.CustomerId.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Subject, ErasedName).SetProperty(a => a.Detail, (string?)null), ct);
        await db.Merges.Where(m => family.Contains(m.SurvivorId) || family.Contains(m.MergedId))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.MergedName, ErasedName).SetProperty(m => m.Reason, ErasedName).SetProperty(m => m.Moved, "{}"), ct);
        audit.Record(actor, "customer.erased", ErasedName, id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>The customer and every record merged into them, directly or through earlier merges.</summary>
    private async Task<List<Guid>> MergeFamilyAsync(Guid id, CancellationToken ct)
    {
        var family = new List<Guid> { id };
        var frontier = new List<Guid> { id };
        while (frontier.Count > 0)
        {
            var parents = frontier;
            frontier = await db.Customers.Where(c => c.MergedIntoId != null && parents.Contains(c.MergedIntoId.Value))
                .Select(c => c.Id).ToListAsync(ct);
            frontier.RemoveAll(family.Contains);
            family.AddRange(frontier);
        }
        return family;
    }
}

public sealed record CustomerExport(
    DateTimeOffset ExportedAt,
    Customer Customer,
    IReadOnlyList<Calls.Call> Calls,
    IReadOnlyList<MergeRecord> Merges,
    IReadOnlyList<Audit.AuditEntry> AuditTrail);
