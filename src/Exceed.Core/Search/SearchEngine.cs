using Exceed.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Search;

/// <summary>
/// The one provider-specific step of a search: the ids of matching documents, newest first, from SQLite FTS5 or
/// PostgreSQL's GIN-indexed tsvector. Walking the index by id lets a common term stop after the first page.
/// </summary>
internal static class SearchEngine
{
    public static Task<List<long>> MatchingIdsAsync(ExceedDb db, SearchQuery query, SearchFilter filter, int limit,
        SearchWalkWindows windows, CancellationToken ct) =>
        db.Database.IsSqlite() ? SqliteAsync(db, query, filter, limit, ct) : PostgresSearch.MatchingIdsAsync(db, query, filter, limit, windows, ct);

    private static Task<List<long>> SqliteAsync(ExceedDb db, SearchQuery query, SearchFilter filter, int limit, CancellationToken ct)
    {
        var parameters = new List<object> { new SqliteParameter("$match", query.ToFts5()), new SqliteParameter("$limit", limit) };
        var where = "SearchFts MATCH $match";
        // EF stores Guids on SQLite as upper-case text and enums here as their names.
        if (filter.Kind is { } kind)
        {
            where += " AND d.Kind = $kind";
            parameters.Add(new SqliteParameter("$kind", kind.ToString()));
        }
        if (filter.CustomerId is { } customer)
        {
            where += " AND d.CustomerId = $customer";
            parameters.Add(new SqliteParameter("$customer", customer.ToString().ToUpperInvariant()));
        }
        if (filter.ConversationId is { } conversation)
        {
            where += " AND d.ConversationId = $conversation";
            parameters.Add(new SqliteParameter("$conversation", conversation.ToString().ToUpperInvariant()));
        }
        var sql = "SELECT SearchFts.rowid AS Value FROM SearchFts JOIN SearchDocuments d ON d.Id = SearchFts.rowid "
            + $"WHERE {where} ORDER BY SearchFts.rowid DESC LIMIT $limit";
        return db.Database.SqlQueryRaw<long>(sql, [.. parameters]).ToListAsync(ct);
    }
}
