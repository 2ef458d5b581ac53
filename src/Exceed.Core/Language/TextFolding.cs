using Exceed.Core.Customers;

namespace Exceed.Core.Language;

/// <summary>
/// Folds a reply so one rule covers both scripts and both widths: Traditional to Simplified, full-width to half-width,
/// lower case, curly quotes to straight. Every character maps to exactly one, so offsets in the folded text are offsets
/// in the original.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var simplified = ChineseVariants.ToSimplified(text);
        return string.Create(simplified.Length, simplified, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = FoldChar(source[i]);
            }
        });
    }

    public static char FoldChar(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => char.ToLowerInvariant((char)(c - 0xFEE0)),
        '\u3000' => ' ',
        '\u3002' or '\uFF61' => '.',
        '\u3001' => ',',
        '\u2018' or '\u2019' => '\'',
        '\u201C' or '\u201D' => '"',
        '\u2026' => '…',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>Ends a sentence: a checker pattern's "…" never reaches past one.</summary>
    public static bool EndsSentence(char folded) => folded is '.' or '!' or '?' or ';' or '\n' or '\r' or '~';

    public static bool IsWordChar(char folded) => folded is >= 'a' and <= 'z' or >= '0' and <= '9' or '\'' or '-';
}
