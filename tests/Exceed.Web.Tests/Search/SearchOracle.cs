using System.Text.RegularExpressions;
using Exceed.Core.Search;

namespace Exceed.Web.Tests.Search;

/// <summary>
/// What search must find, by brute force over the folded texts (docs/search.md): a CJK term matches when it is a
/// substring of the folded text; any other term when it equals a whole word of it, a word being a maximal run of
/// letters and digits that are not CJK, compared on its first 64 characters. Every term must match.
/// </summary>
public static partial class SearchOracle
{
    public static bool Matches(string text, SearchQuery query)
    {
        var folded = FoldedText.Fold(SearchTokenizer.Indexed(text)).Text;
        var words = Words(folded);
        return query.Terms.All(t => t.IsCjk ? folded.Contains(t.Text, StringComparison.Ordinal) : words.Contains(t.Text));
    }

    private static HashSet<string> Words(string folded) =>
        LettersAndDigits().Matches(folded)
            .SelectMany(m => NotCjk().Matches(m.Value).Select(w => w.Value))
            .Select(w => w.Length > 64 ? w[..64] : w)
            .ToHashSet();

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex LettersAndDigits();

    [GeneratedRegex(@"[^\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]+")]
    private static partial Regex NotCjk();
}
