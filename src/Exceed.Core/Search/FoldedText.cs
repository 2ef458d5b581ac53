using System.Globalization;
using System.Text;
using Exceed.Core.Customers;

namespace Exceed.Core.Search;

/// <summary>A range of characters in a text: start and length in UTF-16 code units.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// A text folded for search — each character with its combining marks NFKC-normalised, lower-cased and folded from
/// Traditional to Simplified — remembering which characters of the original each folded character came from.
/// </summary>
public sealed class FoldedText
{
    private readonly int[] sourceStart;
    private readonly int[] sourceEnd;

    private FoldedText(string text, int[] sourceStart, int[] sourceEnd)
    {
        Text = text;
        this.sourceStart = sourceStart;
        this.sourceEnd = sourceEnd;
    }

    public string Text { get; }

    /// <summary>The original characters behind folded characters [start, start + length).</summary>
    public TextRange Source(int start, int length) =>
        new(sourceStart[start], sourceEnd[start + length - 1] - sourceStart[start]);

    public static FoldedText Fold(string source)
    {
        var text = new StringBuilder(source.Length);
        var starts = new List<int>(source.Length);
        var ends = new List<int>(source.Length);
        var i = 0;
        while (i < source.Length)
        {
            var end = ElementEnd(source, i);
            var element = source.AsSpan(i, end - i);
            var before = text.Length;
            if (element.Length == 1 && element[0] < 0x80)
            {
                text.Append(char.ToLowerInvariant(element[0]));
            }
            else
            {
                AppendFolded(text, element);
            }
            for (var k = before; k < text.Length; k++)
            {
                starts.Add(i);
                ends.Add(end);
            }
            i = end;
        }
        return new FoldedText(text.ToString(), [.. starts], [.. ends]);
    }

    private static void AppendFolded(StringBuilder text, ReadOnlySpan<char> element)
    {
        var raw = element.ToString();
        if (!raw.IsNormalized(NormalizationForm.FormKC) && IsWellFormed(raw))
        {
            raw = raw.Normalize(NormalizationForm.FormKC);
        }
        foreach (var c in raw.ToLowerInvariant())
        {
            text.Append(char.IsSurrogate(c) ? c : ChineseVariants.ToSimplified(c));
        }
    }

    /// <summary>One character (a surrogate pair counts as one) with the combining marks that follow it.</summary>
    private static int ElementEnd(string s, int i)
    {
        var end = i + 1;
        if (char.IsHighSurrogate(s[i]) && end < s.Length && char.IsLowSurrogate(s[end]))
        {
            end++;
        }
        while (end < s.Length && IsCombiningMark(s[end]))
        {
            end++;
        }
        return end;
    }

    private static bool IsCombiningMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsWellFormed(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return false;
            }
        }
        return true;
    }
}
