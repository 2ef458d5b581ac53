using Exceed.Core.Customers;

namespace Exceed.Core.Language;

/// <summary>The languages a reply is checked in, and a guess when the caller does not say.</summary>
public static class ReplyLanguages
{
    public const string Simplified = "zh-Hans";
    public const string Traditional = "zh-Hant";
    public const string English = "en";

    public static readonly string[] All = Languages.Supported;

    public static bool IsKnown(string? language) => language is Simplified or Traditional or English;

    public static bool IsChinese(string language) => language is Simplified or Traditional;

    /// <summary>Chinese when Chinese characters outweigh Latin words (mixed replies are common), Traditional when any character folds.</summary>
    public static string Detect(string text)
    {
        int han = 0, latinWords = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c is >= '\u3400' and <= '\u9FFF')
            {
                han++;
            }
            var latin = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
            if (latin && !inWord)
            {
                latinWords++;
            }
            inWord = latin;
        }
        if (han == 0 || han < latinWords)
        {
            return English;
        }
        return ChineseVariants.ToSimplified(text) == text ? Simplified : Traditional;
    }
}
