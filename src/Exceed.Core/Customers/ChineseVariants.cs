namespace Exceed.Core.Customers;

/// <summary>
/// Folds Traditional Chinese characters to Simplified, one character at a time, so 陳麗 and 陈丽, 訂單 and 订单 are one
/// text to names, search and the language checker. The table is OpenCC's (see <see cref="ChineseVariantsTable"/>).
/// </summary>
public static class ChineseVariants
{
    private static readonly char[] Table = Build();

    public static string ToSimplified(string text)
    {
        var first = FirstFoldable(text);
        if (first < 0)
        {
            return text;
        }
        return string.Create(text.Length, (text, first), (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.first; i < span.Length; i++)
            {
                span[i] = Table[span[i]];
            }
        });
    }

    /// <summary>The Simplified form of one character (itself when it has no other).</summary>
    public static char ToSimplified(char c) => Table[c];

    private static int FirstFoldable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Table[text[i]] != text[i])
            {
                return i;
            }
        }
        return -1;
    }

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = (char)c;
        }
        for (var i = 0; i < ChineseVariantsTable.Traditional.Length; i++)
        {
            table[ChineseVariantsTable.Traditional[i]] = ChineseVariantsTable.Simplified[i];
        }
        return table;
    }
}
