using Exceed.Core.Audit;
using Exceed.Core.Common;
using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Customers.Duplicates;

/// <summary>Suggests customers that are probably one person, for a person to merge or dismiss; never merges by itself.</summary>
public sealed class DuplicateFinder(ExceedDb db, AuditLog audit, TimeProvider clock)
{
    /// <summary>Shared names looked at per page: the database groups names, only these few groups are loaded.</summary>
    public const int NamesPerPage = 100;
    /// <summary>Beyond this many people with one name (a common 王伟), only the oldest records are compared.</summary>
    public const int MembersPerName = 50;

    /// <summary>Pairs among the page-th batch of names shared by more than one live customer; a page may be empty while later ones are not.</summary>
    public async Task<DuplicatePage> ListAsync(int page, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        var names = await DuplicateFacts.Live(db).Where(c => c.NameKey != "")
            .GroupBy(c => c.NameKey).Where(g => g.Count() > 1)
            .OrderBy(g => g.Key).Select(g => g.Key)
            .Skip((page - 1) * NamesPerPage).Take(NamesPerPage + 1).ToListAsync(ct);
        var ids = new List<Guid>();
        foreach (var name in names.Take(NamesPerPage))
        {
            ids.AddRange(await DuplicateFacts.Live(db).Where(c => c.NameKey == name)
                .OrderBy(c => c.CreatedAt).Select(c => c.Id).Take(MembersPerName).ToListAsync(ct));
        }
        var facts = await DuplicateFacts.LoadAsync(db, ids, ct);
        var found = facts.GroupBy(f => f.NameKey).SelectMany(group => PairsWithin(group.ToList()));
        return new DuplicatePage(page, names.Count > NamesPerPage, await DuplicateFacts.ToPairsAsync(db, found, ct));
    }

    /// <summary>Likely duplicates of one customer, e.g. to check before or after adding someone.</summary>
    public async Task<Outcome<List<DuplicatePair>>> ForCustomerAsync(Guid id, CancellationToken ct = default)
    {
        var nameKey = await DuplicateFacts.Live(db).Where(c => c.Id == id).Select(c => c.NameKey).FirstOrDefaultAsync(ct);
        if (nameKey is null)
        {
            return Problem.NotFound($"No customer with id {id}, or it was merged or erased.");
        }
        var others = nameKey.Length == 0 ? [] : await DuplicateFacts.Live(db).Where(c => c.NameKey == nameKey && c.Id != id)
            .OrderBy(c => c.CreatedAt).Select(c => c.Id).Take(MembersPerName * 4).ToListAsync(ct);
        var facts = await DuplicateFacts.LoadAsync(db, [id, .. others], ct);
        var self = facts.Single(f => f.Id == id);
        var found = facts.Where(f => f.Id != id)
            .Select(other => new Candidate(self, other, DuplicateRules.Reasons(self, other)))
            .Where(p => p.Reasons.Count > 0);
        return await DuplicateFacts.ToPairsAsync(db, found, ct);
    }

    /// <summary>Records that two customers are different people, so the pair is not suggested again.</summary>
    public async Task<Outcome<bool>> DismissAsync(Guid first, Guid second, string actor, CancellationToken ct = default)
    {
        if (first == second)
        {
            return Problem.Invalid("b", "Pick two different customers.");
        }
        var (a, b) = NotDuplicate.Order(first, second);
        var names = await db.Customers.AsNoTracking().Where(c => c.Id == a || c.Id == b)
            .Select(c => new { c.Id, c.DisplayName }).ToDictionaryAsync(c => c.Id, c => c.DisplayName, ct);
        if (names.Count < 2)
        {
            return Problem.NotFound($"No customer with id {(names.ContainsKey(a) ? b : a)}.");
        }
        if (await db.NotDuplicates.AnyAsync(n => n.CustomerA == a && n.CustomerB == b, ct))
        {
            return true;
        }
        db.Add(new NotDuplicate { CustomerA = a, CustomerB = b, Actor = actor, At = clock.GetUtcNow() });
        audit.Record(actor, "duplicate.dismissed", names[a], a, new { notTheSameAs = b });
        audit.Record(actor, "duplicate.dismissed", names[b], b, new { notTheSameAs = a });
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static IEnumerable<Candidate> PairsWithin(List<CustomerFacts> group)
    {
        for (var i = 0; i < group.Count; i++)
        {
            for (var j = i + 1; j < group.Count; j++)
            {
                var reasons = DuplicateRules.Reasons(group[i], group[j]);
                if (reasons.Count > 0)
                {
                    yield return new Candidate(group[i], group[j], reasons);
                }
            }
        }
    }
}
