using System.Text;

namespace Exceed.Core.Search;

/// <summary>A maximal run of word characters in folded text: Latin-script (and other spaced-script) words, or CJK.</summary>
public readonly record struct TextRun(bool IsCjk, int Start, int Length);

/// <summary>
/// The one tokenizer of both engines. Folded text (see <see cref="FoldedText"/>) splits into runs of letters and digits;
/// a CJK run becomes its overlapping bigrams followed by its single characters, any other run is one word.
/// A multi-character CJK query is the phrase of its bigrams, which matches exactly where it is a substring of a CJK run:
/// between two runs' bigrams there is always a single character, so a phrase never spans runs.
/// </summary>
public static class SearchTokenizer
{
    /// <summary>Documents are indexed (and kept for snippets) up to this many characters.</summary>
    public const int MaxIndexedLength = 8000;
    /// <summary>PostgreSQL positions stop at 16,383; terms beyond this are not indexed, on either engine.</summary>
    public const int MaxTerms = 16000;
    /// <summary>Words are compared on their first 64 characters (PostgreSQL refuses very long lexemes).</summary>
    public const int MaxWordLength = 64;

    public static bool IsCjk(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF')
        or (>= '\u4E00' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF');

    public static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c);

    /// <summary>The runs of a folded text, in order.</summary>
    public static List<TextRun> Runs(string folded)
    {
        var runs = new List<TextRun>();
        var i = 0;
        while (i < folded.Length)
        {
            if (!IsWordCharacter(folded[i]))
            {
                i++;
                continue;
            }
            var cjk = IsCjk(folded[i]);
            var start = i;
            while (i < folded.Length && IsWordCharacter(folded[i]) && IsCjk(folded[i]) == cjk)
            {
                i++;
            }
            runs.Add(new TextRun(cjk, start, i - start));
        }
        return runs;
    }

    public static string Word(string folded, TextRun run) =>
        folded.Substring(run.Start, Math.Min(run.Length, MaxWordLength));

    /// <summary>The text's index terms, space-separated in position order (what <see cref="SearchDocument.Terms"/> holds).</summary>
    public static string Terms(string text)
    {
        var folded = FoldedText.Fold(Indexed(text)).Text;
        var terms = new StringBuilder(folded.Length * 3);
        var count = 0;
        void Add(ReadOnlySpan<char> term)
        {
            if (count++ < MaxTerms)
            {
                terms.Append(terms.Length == 0 ? "" : " ").Append(term);
            }
        }
        foreach (var run in Runs(folded))
        {
            if (!run.IsCjk)
            {
                Add(Word(folded, run));
                continue;
            }
            for (var k = 0; k + 1 < run.Length; k++)
            {
                Add(folded.AsSpan(run.Start + k, 2));
            }
            for (var k = 0; k < run.Length; k++)
            {
                Add(folded.AsSpan(run.Start + k, 1));
            }
        }
        return terms.ToString();
    }

    /// <summary>The part of a text that is indexed: its first <see cref="MaxIndexedLength"/> characters, never half a surrogate pair.</summary>
    public static string Indexed(string text)
    {
        if (text.Length <= MaxIndexedLength)
        {
            return text;
        }
        var length = char.IsHighSurrogate(text[MaxIndexedLength - 1]) ? MaxIndexedLength - 1 : MaxIndexedLength;
        return text[..length];
    }
}
