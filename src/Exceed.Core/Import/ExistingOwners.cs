using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Import;

/// <summary>Finds who already holds any of a file's identities, a few queries for the whole file rather than one per row.</summary>
internal static class ExistingOwners
{
    private const int ValuesPerQuery = 500;

    public static async Task<Dictionary<IdentityKey, string>> FindAsync(ExceedDb db, IEnumerable<IdentityKey> keys, CancellationToken ct)
    {
        var owners = new Dictionary<IdentityKey, string>();
        foreach (var kind in keys.Distinct().GroupBy(k => k.Kind))
        {
            foreach (var chunk in kind.Select(k => k.Value).Chunk(ValuesPerQuery))
            {
                var found = await db.Identities.AsNoTracking()
                    .Where(i => i.Kind == kind.Key && chunk.Contains(i.Value))
                    .Join(db.Customers, i => i.CustomerId, c => c.Id, (i, c) => new { i.Value, c.DisplayName })
                    .ToListAsync(ct);
                foreach (var owner in found)
                {
                    owners[new IdentityKey(kind.Key, owner.Value)] = owner.DisplayName;
                }
            }
        }
        return owners;
    }
}
