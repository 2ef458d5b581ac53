namespace Exceed.Core.Replies;

/// <summary>A reply a lead wrote once for a common question, in one language, with variables filled per conversation.</summary>
public sealed class CannedReply
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>zh-Hans, zh-Hant or en.</summary>
    public string Language { get; set; } = "zh-Hans";
    public string Title { get; set; } = "";
    /// <summary>What an agent types after "/" to find it quickly, e.g. "delivery".</summary>
    public string Shortcut { get; set; } = "";
    /// <summary>The text with variables such as {name} and {greeting}; always shown as text, never as HTML.</summary>
    public string Body { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

/// <summary>The two moments a customer remembers: how we open a conversation and how we close it.</summary>
public enum Moment { Greeting, Farewell }

/// <summary>
/// A greeting or farewell, personal (one agent) or for everyone, for a time of day, channel and language.
/// An empty condition matches anything; the most specific template wins.
/// </summary>
public sealed class MomentTemplate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Moment Moment { get; set; }
    public string Language { get; set; } = "zh-Hans";
    /// <summary>The agent this template belongs to; null for the whole team.</summary>
    public string? AgentId { get; set; }
    public Conversations.ChannelKind? Channel { get; set; }
    public Recognition.Greeting.DayPart? DayPart { get; set; }
    public string Body { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

public static class ReplyLimits
{
    public const int Title = 100;
    public const int Shortcut = 40;
    public const int Body = 4000;
}
