using Exceed.Core.Common;

namespace Exceed.Core.Search;

/// <summary>One thing to find: a whole word, or a CJK string that must appear contiguously.</summary>
public sealed record SearchTerm(bool IsCjk, string Text)
{
    /// <summary>The index terms that must stand at consecutive positions: the bigrams of a CJK string, or the term itself.</summary>
    public IReadOnlyList<string> Phrase => IsCjk && Text.Length > 1
        ? Enumerable.Range(0, Text.Length - 1).Select(k => Text.Substring(k, 2)).ToList()
        : [Text];
}

/// <summary>A parsed query: every term must match (AND).</summary>
public sealed class SearchQuery
{
    public const int MaxLength = 200;
    public const int MaxTermCount = 8;

    private SearchQuery(IReadOnlyList<SearchTerm> terms) => Terms = terms;

    public IReadOnlyList<SearchTerm> Terms { get; }

    public static Outcome<SearchQuery> Parse(string? query)
    {
        var q = (query ?? "").Trim();
        if (q.Length == 0)
        {
            return Problem.Invalid("q", "Type a word or a few characters to search for (q).");
        }
        if (q.Length > MaxLength)
        {
            return Problem.Invalid("q", $"A search is at most {MaxLength} characters; yours has {q.Length}. Search for its key words.");
        }
        var folded = FoldedText.Fold(q).Text;
        var terms = SearchTokenizer.Runs(folded)
            .Select(r => new SearchTerm(r.IsCjk, r.IsCjk ? folded.Substring(r.Start, r.Length) : SearchTokenizer.Word(folded, r)))
            .Distinct().ToList();
        if (terms.Count == 0)
        {
            return Problem.Invalid("q", "The search has no letters, digits or Chinese characters; type a word to look for.");
        }
        if (terms.Count > MaxTermCount)
        {
            return Problem.Invalid("q", $"A search has at most {MaxTermCount} words; yours has {terms.Count}. Leave out the common ones.");
        }
        return new SearchQuery(terms);
    }

    /// <summary>FTS5 query syntax: each term a quoted phrase, all required. Terms hold only letters and digits, so nothing needs escaping.</summary>
    public string ToFts5() => string.Join(" AND ", Terms.Select(t => "\"" + string.Join(' ', t.Phrase) + "\""));

    /// <summary>PostgreSQL tsquery input of our own lexemes (no parser involved): phrases with &lt;-&gt;, all required.</summary>
    public string ToTsQuery() => string.Join(" & ", Terms.Select(t => "(" + string.Join(" <-> ", t.Phrase.Select(p => "'" + p + "'")) + ")"));
}
