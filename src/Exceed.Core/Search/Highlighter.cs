namespace Exceed.Core.Search;

/// <summary>Where a query's terms stand in a document's original text, and a short piece of it to show.</summary>
public static class Highlighter
{
    public const int SnippetLength = 120;
    private const int LeadIn = 30;

    /// <summary>Ranges of the original text that match a term, in order; overlapping ones merge, touching ones stay apart.</summary>
    public static List<TextRange> Find(string text, SearchQuery query)
    {
        var folded = FoldedText.Fold(text);
        var ranges = new List<TextRange>();
        foreach (var run in SearchTokenizer.Runs(folded.Text))
        {
            if (!run.IsCjk)
            {
                var word = SearchTokenizer.Word(folded.Text, run);
                if (query.Terms.Any(t => !t.IsCjk && t.Text == word))
                {
                    ranges.Add(folded.Source(run.Start, run.Length));
                }
                continue;
            }
            var span = folded.Text.AsSpan(run.Start, run.Length);
            foreach (var term in query.Terms.Where(t => t.IsCjk))
            {
                for (var at = span.IndexOf(term.Text, StringComparison.Ordinal); at >= 0;)
                {
                    ranges.Add(folded.Source(run.Start + at, term.Text.Length));
                    var next = span[(at + 1)..].IndexOf(term.Text, StringComparison.Ordinal);
                    at = next < 0 ? -1 : at + 1 + next;
                }
            }
        }
        return Merge(ranges);
    }

    /// <summary>About <see cref="SnippetLength"/> characters around the first match (the start of the text when none).</summary>
    public static TextRange Snippet(string text, IReadOnlyList<TextRange> highlights)
    {
        if (text.Length <= SnippetLength)
        {
            return new TextRange(0, text.Length);
        }
        var start = highlights.Count == 0 ? 0 : Math.Clamp(highlights[0].Start - LeadIn, 0, text.Length - SnippetLength);
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start--;
        }
        var end = Math.Min(text.Length, start + SnippetLength);
        if (end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }
        return new TextRange(start, end - start);
    }

    private static List<TextRange> Merge(List<TextRange> ranges)
    {
        var merged = new List<TextRange>();
        foreach (var r in ranges.OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && r.Start < merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = new TextRange(last.Start, Math.Max(last.End, r.End) - last.Start);
            }
            else
            {
                merged.Add(r);
            }
        }
        return merged;
    }
}
