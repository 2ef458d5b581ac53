using System.Text.RegularExpressions;

namespace Exceed.Core.Import;

/// <summary>Splits a cell that holds several values: "138…；139…", "围巾、手套", one per line.</summary>
public static partial class CellValues
{
    public static IReadOnlyList<string> Split(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return [];
        }
        // 2025/3/2 is one date, not three values, so slashes in dates become dashes before splitting.
        var text = SlashDate().Replace(cell, m => m.Value.Replace('/', '-'));
        return Separator().Split(text).Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
    }

    [GeneratedRegex(@"(?<!\d)\d{4}/\d{1,2}(?:/\d{1,2})?(?!\d)")]
    private static partial Regex SlashDate();

    /// <summary>；;、,，/ and line breaks, but not the comma inside 1,299.</summary>
    [GeneratedRegex(@"[；;、，/\r\n]+|(?<!\d),|,(?!\d{3}(?!\d))")]
    private static partial Regex Separator();
}
