using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Customers.Duplicates;

/// <summary>Loads just what the duplicate rules and the side-by-side view need, a few hundred customers at a time.</summary>
internal static class DuplicateFacts
{
    private const int Chunk = 500;

    public static IQueryable<Customer> Live(ExceedDb db) =>
        db.Customers.AsNoTracking().Where(c => c.MergedIntoId == null && c.ErasedAt == null);

    public static async Task<List<CustomerFacts>> LoadAsync(ExceedDb db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var facts = new List<CustomerFacts>();
        foreach (var chunk in ids.Chunk(Chunk))
        {
            var customers = await Live(db).Where(c => chunk.Contains(c.Id))
                .Select(c => new { c.Id, c.DisplayName, c.NameKey, c.CreatedAt }).ToListAsync(ct);
            var identities = (await db.Identities.AsNoTracking().Where(i => chunk.Contains(i.CustomerId)).ToListAsync(ct))
                .ToLookup(i => i.CustomerId);
            var birthdays = (await db.ImportantDates.AsNoTracking()
                .Where(d => chunk.Contains(d.CustomerId) && d.Kind == ImportantDateKind.Birthday).ToListAsync(ct))
                .ToLookup(d => d.CustomerId);
            facts.AddRange(customers.Select(c => new CustomerFacts(
                c.Id, c.DisplayName, c.NameKey, c.CreatedAt, identities[c.Id].ToList(), birthdays[c.Id].ToList())));
        }
        return facts;
    }

    public static async Task<List<DuplicatePair>> ToPairsAsync(
        ExceedDb db, IEnumerable<Candidate> found, CancellationToken ct)
    {
        var candidates = found.Select(f => f.Left.CreatedAt <= f.Right.CreatedAt ? f : new Candidate(f.Right, f.Left, Flip(f.Reasons))).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }
        var ids = candidates.SelectMany(c => new[] { c.Left.Id, c.Right.Id }).Distinct().ToList();
        var dismissed = (await db.NotDuplicates.AsNoTracking().Where(n => ids.Contains(n.CustomerA))
            .Select(n => new { n.CustomerA, n.CustomerB }).ToListAsync(ct))
            .Select(n => (n.CustomerA, n.CustomerB)).ToHashSet();
        var purchases = await CountAsync(db.Purchases.Where(p => ids.Contains(p.CustomerId)).GroupBy(p => p.CustomerId), ct);
        var notes = await CountAsync(db.Notes.Where(n => ids.Contains(n.CustomerId)).GroupBy(n => n.CustomerId), ct);
        DuplicateSide Side(CustomerFacts f) => new(f.Id, f.DisplayName, f.Identities.Select(i => i.Display ?? i.Value).ToList(),
            purchases.GetValueOrDefault(f.Id), notes.GetValueOrDefault(f.Id), f.CreatedAt);
        return candidates
            .Where(c => !dismissed.Contains(NotDuplicate.Order(c.Left.Id, c.Right.Id)))
            .Select(c => new DuplicatePair(Side(c.Left), Side(c.Right), DuplicateRules.Score(c.Reasons), DuplicateRules.WrittenDifferently(c.Left, c.Right), c.Reasons))
            .OrderByDescending(p => p.Score).ThenBy(p => p.Left.DisplayName, StringComparer.Ordinal)
            .ToList();
    }

    private static List<DuplicateReason> Flip(IReadOnlyList<DuplicateReason> reasons) =>
        reasons.Select(r => r with { Left = r.Right, Right = r.Left }).ToList();

    private static async Task<Dictionary<Guid, int>> CountAsync<T>(IQueryable<IGrouping<Guid, T>> groups, CancellationToken ct) =>
        await groups.Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
}

/// <summary>Two customers the rules matched, before dismissed pairs are dropped.</summary>
internal sealed record Candidate(CustomerFacts Left, CustomerFacts Right, IReadOnlyList<DuplicateReason> Reasons);
