using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Web.Calls;

public sealed record RecentCall(DateTimeOffset ReceivedAt, string Caller, Guid? CustomerId, string? CustomerName);

/// <summary>The latest calls for the console's list.</summary>
public sealed class RecentCalls(ExceedDb db)
{
    public async Task<List<RecentCall>> ListAsync(int count)
    {
        var calls = await db.Calls.AsNoTracking().OrderByDescending(c => c.ReceivedAt).Take(count)
            .Select(c => new { c.ReceivedAt, c.Caller, c.CustomerId }).ToListAsync();
        var ids = calls.Where(c => c.CustomerId != null).Select(c => c.CustomerId!.Value).Distinct().ToList();
        var names = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id) && c.ErasedAt == null).ToDictionaryAsync(c => c.Id, c => c.DisplayName);
        return calls.Select(c => new RecentCall(c.ReceivedAt, c.Caller, c.CustomerId,
            c.CustomerId is { } id && names.TryGetValue(id, out var name) ? name : null)).ToList();
    }
}
