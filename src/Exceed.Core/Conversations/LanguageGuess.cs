using Exceed.Core.Customers;

namespace Exceed.Core.Conversations;

/// <summary>The language a new customer probably speaks, from their first message.</summary>
public static class LanguageGuess
{
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(c => c is >= '\u3400' and <= '\u9FFF'))
        {
            return string.IsNullOrEmpty(text) ? "zh-Hans" : "en";
        }
        return ChineseVariants.ToSimplified(text) == text ? "zh-Hans" : "zh-Hant";
    }
}
