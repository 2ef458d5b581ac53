using Exceed.Core.Common;
using Exceed.Core.Search;
using Exceed.Web.Infrastructure;

namespace Exceed.Web.Search;

/// <summary>/api/v1/search: customers, notes, conversations and messages, in Chinese and English.</summary>
internal static class SearchApi
{
    public const int MaxLimit = 100;

    public static void MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search", async (string? q, string? kind, Guid? customerId, int? limit, SearchIndex search, CancellationToken ct) =>
            {
                var filter = ParseFilter(kind, customerId, limit);
                if (filter.Problem is { } refused)
                {
                    return refused.ToResult();
                }
                return (await search.SearchAsync(q, filter.Value, limit ?? 20, ct)).ToResult(r => TypedResults.Ok(SearchView.From(r)));
            })
            .WithTags("Search").RequireAuthorization(WebSetup.StaffPolicy)
            .WithSummary("Find customers, notes, conversations and messages; 订单 finds 訂單. Every word must match; Chinese must match as written, in order.");
    }

    private static Outcome<SearchFilter> ParseFilter(string? kind, Guid? customerId, int? limit)
    {
        var errors = new FieldErrors();
        SearchKind? parsed = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (Enum.TryParse<SearchKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) && !int.TryParse(kind, out _))
            {
                parsed = k;
            }
            else
            {
                errors.Add("kind", $"kind is one of {string.Join(", ", Enum.GetNames<SearchKind>().Select(n => n.ToLowerInvariant()))}, or left out for all.");
            }
        }
        if (limit is < 1 or > MaxLimit)
        {
            errors.Add("limit", $"limit is between 1 and {MaxLimit}.");
        }
        return errors.Any ? errors.ToProblem() : new SearchFilter(parsed, customerId);
    }
}

/// <summary>The JSON of a search: hits newest first, each with where it leads in the console.</summary>
internal sealed record SearchView(string Query, IReadOnlyList<SearchHitView> Hits, bool More)
{
    public static SearchView From(SearchResults results) => new(results.Query, results.Hits.Select(SearchHitView.From).ToList(), results.More);
}

internal sealed record RangeView(int Start, int Length);

internal sealed record SearchHitView(
    string Kind, Guid EntityId, Guid? CustomerId, Guid? ConversationId, DateTimeOffset At,
    string Snippet, int SnippetStart, IReadOnlyList<RangeView> SnippetHighlights, IReadOnlyList<RangeView> Highlights, string? Link)
{
    public static SearchHitView From(SearchHit h) => new(
        h.Kind.ToString().ToLowerInvariant(), h.EntityId, h.CustomerId, h.ConversationId, h.At, h.Snippet, h.SnippetStart,
        h.SnippetHighlights.Select(r => new RangeView(r.Start, r.Length)).ToList(), h.Highlights.Select(r => new RangeView(r.Start, r.Length)).ToList(),
        LinkOf(h));

    /// <summary>Customers and notes open the customer card; conversations and messages open their conversation.</summary>
    public static string? LinkOf(SearchHit h) => h.Kind switch
    {
        SearchKind.Customer or SearchKind.Note when h.CustomerId is { } c => $"/customers/{c}",
        SearchKind.Conversation => $"/conversations/{h.EntityId}",
        SearchKind.Message when h.ConversationId is { } c => $"/conversations/{c}",
        _ => null,
    };
}
