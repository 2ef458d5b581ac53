using System.Text.RegularExpressions;

namespace Exceed.Core.Email;

/// <summary>The subject of a reply: one "Re: " in front, however many the thread has collected.</summary>
public static partial class ReplySubject
{
    // Reply prefixes of English, German, Nordic and Dutch mail programs and of Chinese ones (with ASCII or full-width colon).
    [GeneratedRegex(@"^\s*(?:(?:re|aw|sv|antw|回复|回覆|答复|答覆)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyPrefixes();

    public static string For(string? original)
    {
        var topic = ReplyPrefixes().Replace(original ?? "", "").Trim();
        return topic.Length == 0 ? "Re:" : $"Re: {topic}";
    }
}
