using Exceed.Core.Audit;
using Exceed.Core.Common;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Privacy;

/// <summary>A person's right to see and to remove what we hold about them.</summary>
public sealed class PrivacyService(ExceedDb db, CustomerService customers, AuditLog audit, TimeProvider clock)
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

    /// <summary>Removes every personal detail; the empty record and an audit line remain so reports still add up.</summary>
    public async Task<Outcome<bool>> EraseAsync(Guid id, string actor, CancellationToken ct = default)
    {
        var customer = await customers.GetAsync(id, ct);
        if (customer is null)
        {
            return Problem.NotFound($"No customer with id {id}, or already erased.");
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.RemoveRange(customer.Identities);
        db.RemoveRange(customer.Preferences);
        db.RemoveRange(customer.ImportantDates);
        db.RemoveRange(customer.Purchases);
        db.RemoveRange(customer.WishItems);
        db.RemoveRange(customer.Notes);
        customer.DisplayName = ErasedName;
        customer.FamilyName = null;
        customer.Tags = "";
        customer.ErasedAt = clock.GetUtcNow();
        customer.UpdatedAt = customer.ErasedAt.Value;
        await db.Calls.Where(c => c.CustomerId == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Caller, "erased").SetProperty(c => c.Called, (string?)null), ct);
        await db.Audit.Where(a => a.CustomerId == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Subject, ErasedName).SetProperty(a => a.Detail, (string?)null), ct);
        await db.Merges.Where(m => m.SurvivorId == id || m.MergedId == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.MergedName, ErasedName), ct);
        audit.Record(actor, "customer.erased", ErasedName, id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }
}

public sealed record CustomerExport(
    DateTimeOffset ExportedAt,
    Customer Customer,
    IReadOnlyList<Calls.Call> Calls,
    IReadOnlyList<MergeRecord> Merges,
    IReadOnlyList<Audit.AuditEntry> AuditTrail);
