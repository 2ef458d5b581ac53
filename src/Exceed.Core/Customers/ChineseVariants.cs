namespace Exceed.Core.Customers;

/// <summary>Folds Traditional Chinese characters to Simplified, so 陳麗 and 陈丽 are one name.</summary>
public static class ChineseVariants
{
    /// <summary>OpenCC's character table, used when the machine has it (Debian libopencc-data).</summary>
    public const string OpenCcTable = "/usr/share/opencc/TSCharacters.txt";

    private static readonly Lazy<Dictionary<char, char>> Table = new(Load);

    public static string ToSimplified(string text)
    {
        if (!text.Any(IsCjk))
        {
            return text;
        }
        var table = Table.Value;
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = table.TryGetValue(source[i], out var simplified) ? simplified : source[i];
            }
        });
    }

    private static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9FFF';

    private static Dictionary<char, char> Load()
    {
        var table = new Dictionary<char, char>();
        for (var i = 0; i < NameCharacters.Traditional.Length; i++)
        {
            table.TryAdd(NameCharacters.Traditional[i], NameCharacters.Simplified[i]);
        }
        for (var i = 0; i < OpenCcCharacters.Traditional.Length; i++)
        {
            table.TryAdd(OpenCcCharacters.Traditional[i], OpenCcCharacters.Simplified[i]);
        }
        if (File.Exists(OpenCcTable))
        {
            foreach (var line in File.ReadLines(OpenCcTable))
            {
                // Lines read "臺\t台 檯": the first simplified form is the usual one.
                var parts = line.Split('\t', ' ');
                if (parts.Length >= 2 && parts[0].Length == 1 && parts[1].Length == 1)
                {
                    table[parts[0][0]] = parts[1][0];
                }
            }
        }
        return table;
    }
}
