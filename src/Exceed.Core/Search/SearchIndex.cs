using Exceed.Core.Common;
using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Search;

/// <summary>
/// Indexes the records of every feature and finds them again, in Chinese (Simplified and Traditional alike) and English.
/// Changes are made in the caller's DbContext, so they commit with the caller's own changes.
/// </summary>
public sealed class SearchIndex(ExceedDb db, SearchWalkWindows? windows = null)
{
    public const int MaxLimit = 500;

    /// <summary>Adds or replaces the document of one record; saved by the caller's SaveChanges.</summary>
    public async Task IndexAsync(SearchEntry entry, CancellationToken ct = default)
    {
        var document = db.SearchDocuments.Local.FirstOrDefault(d => d.Kind == entry.Kind && d.EntityId == entry.EntityId)
            ?? await db.SearchDocuments.FirstOrDefaultAsync(d => d.Kind == entry.Kind && d.EntityId == entry.EntityId, ct);
        if (document is null)
        {
            IndexNew(entry);
            return;
        }
        Fill(document, entry);
    }

    /// <summary>Adds the document of a record that has just been created (no look-up: imports add thousands).</summary>
    public void IndexNew(SearchEntry entry) => db.SearchDocuments.Add(Document(entry));

    /// <summary>The document of a new record, for a caller that writes it itself (the intake's <see cref="RowWriter"/>).</summary>
    public static SearchDocument Document(SearchEntry entry)
    {
        var document = new SearchDocument { Kind = entry.Kind, EntityId = entry.EntityId };
        Fill(document, entry);
        return document;
    }

    /// <summary>Removes the document of one record, if any; saved by the caller's SaveChanges.</summary>
    public async Task RemoveAsync(SearchKind kind, Guid entityId, CancellationToken ct = default)
    {
        var document = db.SearchDocuments.Local.FirstOrDefault(d => d.Kind == kind && d.EntityId == entityId)
            ?? await db.SearchDocuments.FirstOrDefaultAsync(d => d.Kind == kind && d.EntityId == entityId, ct);
        if (document is not null)
        {
            db.SearchDocuments.Remove(document);
        }
    }

    /// <summary>Removes everything indexed about these customers (privacy erase); runs at once, inside the caller's transaction.</summary>
    public Task<int> RemoveCustomersAsync(IReadOnlyCollection<Guid> customerIds, CancellationToken ct = default) =>
        db.SearchDocuments
            .Where(d => (d.CustomerId != null && customerIds.Contains(d.CustomerId.Value)) || (d.Kind == SearchKind.Customer && customerIds.Contains(d.EntityId)))
            .ExecuteDeleteAsync(ct);

    /// <summary>Gives the merged customer's documents to the survivor and drops the merged record's own; runs at once, inside the caller's transaction.</summary>
    public async Task MoveCustomerAsync(Guid fromId, Guid toId, CancellationToken ct = default)
    {
        await db.SearchDocuments.Where(d => d.Kind == SearchKind.Customer && d.EntityId == fromId).ExecuteDeleteAsync(ct);
        await db.SearchDocuments.Where(d => d.CustomerId == fromId).ExecuteUpdateAsync(s => s.SetProperty(d => d.CustomerId, toId), ct);
    }

    /// <summary>Records matching every term of the query, newest first.</summary>
    public async Task<Outcome<SearchResults>> SearchAsync(string? query, SearchFilter? filter = null, int limit = 20, CancellationToken ct = default)
    {
        var parsed = SearchQuery.Parse(query);
        if (parsed.Value is not { } q)
        {
            return parsed.Problem!;
        }
        if (limit is < 1 or > MaxLimit)
        {
            return Problem.Invalid("limit", $"Ask for between 1 and {MaxLimit} hits.");
        }
        var ids = await SearchEngine.MatchingIdsAsync(db, q, filter ?? new SearchFilter(), limit + 1, windows ?? new SearchWalkWindows(), ct);
        var page = ids.Take(limit).ToList();
        var documents = (await db.SearchDocuments.AsNoTracking().Where(d => page.Contains(d.Id))
                .Select(d => new { d.Id, d.Kind, d.EntityId, d.CustomerId, d.ConversationId, d.Text, d.At }).ToListAsync(ct))
            .ToDictionary(d => d.Id);
        var hits = page.Where(documents.ContainsKey).Select(id =>
        {
            var d = documents[id];
            var highlights = Highlighter.Find(d.Text, q);
            var snippet = Highlighter.Snippet(d.Text, highlights);
            var inSnippet = highlights.Where(h => h.Start >= snippet.Start && h.End <= snippet.End)
                .Select(h => h with { Start = h.Start - snippet.Start }).ToList();
            return new SearchHit(d.Kind, d.EntityId, d.CustomerId, d.ConversationId, d.At,
                d.Text.Substring(snippet.Start, snippet.Length), snippet.Start, inSnippet, highlights);
        }).ToList();
        return new SearchResults(query!.Trim(), hits, ids.Count > limit);
    }

    private static void Fill(SearchDocument document, SearchEntry entry)
    {
        var text = SearchTokenizer.Indexed(entry.Text);
        document.CustomerId = entry.CustomerId;
        document.ConversationId = entry.ConversationId;
        document.At = entry.At;
        if (document.Text != text || document.Terms.Length == 0)
        {
            document.Text = text;
            document.Terms = SearchTokenizer.Terms(text);
        }
    }
}
