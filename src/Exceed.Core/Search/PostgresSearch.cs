using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Exceed.Core.Search;

/// <summary>
/// How far PostgreSQL search walks the newest documents one by one before it trusts the GIN index with the rest.
/// <see cref="ProbeRows"/>: every query checks this many of the newest documents first; a query with no hit there is
/// rare, and the index finds its few matches fast. <see cref="WalkRows"/>: a query that did hit in the probe keeps
/// walking this many older documents before falling back to the index.
/// </summary>
public sealed record SearchWalkWindows(int ProbeRows = 2_000, int WalkRows = 50_000);

/// <summary>
/// PostgreSQL's matching ids, newest first. The planner estimates a phrase (羊绒 ↔ 绒围 ↔ 围巾) as the product of its
/// bigrams' frequencies, so for a common phrase it picks a GIN bitmap scan and rechecks every one of ~60,000 matches
/// (about 1 s) where walking the primary key backwards finds the first page among a few hundred rows. So a query with
/// a phrase does not depend on the planner: the newest rows are walked first (a LIMIT subquery the planner cannot
/// reorder), and only what is left below the walked window goes to the planner, which by then looks for a rare match.
/// </summary>
internal static class PostgresSearch
{
    public static async Task<List<long>> MatchingIdsAsync(ExceedDb db, SearchQuery query, SearchFilter filter, int limit,
        SearchWalkWindows windows, CancellationToken ct)
    {
        // Words and single bigrams are estimated well (the planner walks the key for common ones, and the GIN index
        // answers an AND of them without rechecking rows); a customer's or conversation's documents are few.
        if (query.Terms.All(t => t.Phrase.Count == 1) || filter.CustomerId is not null || filter.ConversationId is not null)
        {
            return await IndexedAsync(db, query, filter, null, limit, ct);
        }
        var (hits, lowest) = await WalkAsync(db, query, filter, null, windows.ProbeRows, limit, ct);
        if (hits.Count > 0 && hits.Count < limit && lowest is { } probed)
        {
            var (more, walkedTo) = await WalkAsync(db, query, filter, probed, windows.WalkRows, limit - hits.Count, ct);
            hits.AddRange(more);
            lowest = walkedTo;
        }
        if (hits.Count < limit && lowest is { } below)
        {
            hits.AddRange(await IndexedAsync(db, query, filter, below, limit - hits.Count, ct));
        }
        return hits;
    }

    /// <summary>
    /// Checks the <paramref name="rows"/> newest documents below <paramref name="below"/> one by one, newest first,
    /// stopping at <paramref name="limit"/> hits. Also gives the lowest id of that window when the window was full
    /// (null: nothing older is left).
    /// </summary>
    private static async Task<(List<long> Hits, long? Lowest)> WalkAsync(ExceedDb db, SearchQuery query, SearchFilter filter,
        long? below, int rows, int limit, CancellationToken ct)
    {
        var parameters = Parameters(query, filter, limit);
        parameters.Add(new NpgsqlParameter("rows", rows));
        var window = "FROM \"SearchDocuments\"";
        if (below is { } id)
        {
            window += " WHERE \"Id\" < @below";
            parameters.Add(new NpgsqlParameter("below", id));
        }
        window += " ORDER BY \"Id\" DESC LIMIT @rows";
        // Part 0: the hits; part 1: one row holding the window's lowest id, only when the window was full.
        var sql = $"(SELECT d.\"Id\" AS \"Id\", 0 AS \"Part\" FROM (SELECT \"Id\", \"Kind\", \"SearchVector\" {window}) d "
            + $"WHERE {Condition(filter)} ORDER BY d.\"Id\" DESC LIMIT @limit) "
            + $"UNION ALL (SELECT min(w.\"Id\"), 1 FROM (SELECT \"Id\" {window}) w HAVING count(*) = @rows)";
        var found = await db.Database.SqlQueryRaw<WalkRow>(sql, [.. parameters]).ToListAsync(ct);
        var hits = found.Where(r => r.Part == 0).Select(r => r.Id).OrderDescending().ToList();
        var lowest = found.Where(r => r.Part == 1).Select(r => (long?)r.Id).FirstOrDefault();
        return (hits, lowest);
    }

    /// <summary>The planner's own plan, for what the walk did not cover.</summary>
    private static Task<List<long>> IndexedAsync(ExceedDb db, SearchQuery query, SearchFilter filter, long? below, int limit, CancellationToken ct)
    {
        var parameters = Parameters(query, filter, limit);
        var where = Condition(filter);
        if (below is { } id)
        {
            where += " AND d.\"Id\" < @below";
            parameters.Add(new NpgsqlParameter("below", id));
        }
        var sql = $"SELECT d.\"Id\" AS \"Value\" FROM \"SearchDocuments\" d WHERE {where} ORDER BY d.\"Id\" DESC LIMIT @limit";
        return db.Database.SqlQueryRaw<long>(sql, [.. parameters]).ToListAsync(ct);
    }

    private static string Condition(SearchFilter filter)
    {
        var where = "d.\"SearchVector\" @@ CAST(@query AS tsquery)";
        where += filter.Kind is null ? "" : " AND d.\"Kind\" = @kind";
        where += filter.CustomerId is null ? "" : " AND d.\"CustomerId\" = @customer";
        return where + (filter.ConversationId is null ? "" : " AND d.\"ConversationId\" = @conversation");
    }

    private static List<object> Parameters(SearchQuery query, SearchFilter filter, int limit)
    {
        var parameters = new List<object> { new NpgsqlParameter("query", query.ToTsQuery()), new NpgsqlParameter("limit", limit) };
        if (filter.Kind is { } kind)
        {
            parameters.Add(new NpgsqlParameter("kind", kind.ToString()));
        }
        if (filter.CustomerId is { } customer)
        {
            parameters.Add(new NpgsqlParameter("customer", customer));
        }
        if (filter.ConversationId is { } conversation)
        {
            parameters.Add(new NpgsqlParameter("conversation", conversation));
        }
        return parameters;
    }

    private sealed class WalkRow
    {
        public long Id { get; init; }
        public int Part { get; init; }
    }
}
