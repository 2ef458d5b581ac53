using Exceed.Core.Data;
using Exceed.Core.Recognition;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Customers;

/// <summary>The console's customer list: by name, or by any identity typed in any format.</summary>
public sealed class CustomerSearch(ExceedDb db, IdentityMatcher matcher)
{
    /// <summary>Finds customers by name, phone, email or handle; a phone or email in any format finds its owner.</summary>
    public async Task<List<CustomerSummary>> FindAsync(string? query, int limit = 50, CancellationToken ct = default)
    {
        var live = db.Customers.AsNoTracking().Where(c => c.MergedIntoId == null && c.ErasedAt == null);
        var q = (query ?? "").Trim();
        if (q.Length == 0)
        {
            return await Summaries(live.OrderByDescending(c => c.UpdatedAt), limit, ct);
        }
        var owners = await matcher.OwnersAsync(q, ct);
        var folded = NameFolding.Fold(q);
        var byName = await Summaries(live.Where(c => c.NameKey.Contains(folded)).OrderBy(c => c.NameKey), limit, ct);
        var byIdentity = owners.Count == 0 ? [] : await Summaries(live.Where(c => owners.Contains(c.Id)), limit, ct);
        return byIdentity.Concat(byName).DistinctBy(c => c.Id).Take(limit).ToList();
    }

    private async Task<List<CustomerSummary>> Summaries(IQueryable<Customer> query, int limit, CancellationToken ct)
    {
        var rows = await query.Take(limit).Select(c => new { c.Id, c.DisplayName, c.Language, c.Type, c.Tags }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        // A second query for the identities of just these customers: a correlated "first three" would rank all 3 M identities.
        var identities = (await db.Identities.AsNoTracking().Where(i => ids.Contains(i.CustomerId))
                .Select(i => new { i.CustomerId, Text = i.Display ?? i.Value }).ToListAsync(ct))
            .ToLookup(i => i.CustomerId, i => i.Text);
        return rows.Select(r => new CustomerSummary(r.Id, r.DisplayName, r.Language, r.Type, r.Tags, identities[r.Id].Take(3).ToList())).ToList();
    }
}

public sealed record CustomerSummary(Guid Id, string DisplayName, string Language, CustomerType Type, string Tags, List<string> Identities);
