using Exceed.Core.Recognition;

namespace Exceed.Core.Replies;

/// <summary>The greetings and farewells we ship, so the composer offers good words before a lead has written any.</summary>
public static class DefaultMoments
{
    public static IReadOnlyList<MomentTemplate> All { get; } =
    [
        Greeting("zh-Hans", "{greeting}!我是{agent},很高兴为您服务。"),
        Greeting("zh-Hans", "{greeting}!这么晚还麻烦您联系我们,我是{agent},马上为您处理。", Recognition.Greeting.DayPart.Evening),
        Greeting("zh-Hant", "{greeting}!我是{agent},很高興為您服務。"),
        Greeting("zh-Hant", "{greeting}!這麼晚還麻煩您聯絡我們,我是{agent},馬上為您處理。", Recognition.Greeting.DayPart.Evening),
        Greeting("en", "{greeting}! I'm {agent}, and I'm glad to help you today."),
        Greeting("en", "{greeting}! Thank you for reaching out this late; I'm {agent}, and I'm on it right away.", Recognition.Greeting.DayPart.Evening),
        Farewell("zh-Hans", "感谢您的耐心,还有任何需要随时找我们。祝您生活愉快!"),
        Farewell("zh-Hans", "感谢您的耐心,祝您晚安!还有任何需要随时找我们。", Recognition.Greeting.DayPart.Evening),
        Farewell("zh-Hant", "感謝您的耐心,還有任何需要隨時找我們。祝您生活愉快!"),
        Farewell("zh-Hant", "感謝您的耐心,祝您晚安!還有任何需要隨時找我們。", Recognition.Greeting.DayPart.Evening),
        Farewell("en", "Thank you for your patience. If there's anything else, we're always here. Have a lovely day!"),
        Farewell("en", "Thank you for your patience, and have a good night. We're always here if you need anything.", Recognition.Greeting.DayPart.Evening),
    ];

    private static MomentTemplate Greeting(string language, string body, Greeting.DayPart? part = null) =>
        new() { Id = Guid.Empty, Moment = Moment.Greeting, Language = language, Body = body, DayPart = part, UpdatedBy = "Exceed" };

    private static MomentTemplate Farewell(string language, string body, Greeting.DayPart? part = null) =>
        new() { Id = Guid.Empty, Moment = Moment.Farewell, Language = language, Body = body, DayPart = part, UpdatedBy = "Exceed" };
}

/// <summary>Picks the template for a moment: the most specific one that fits the agent, channel, time of day and language.</summary>
public static class MomentChoice
{
    public static MomentTemplate? Choose(IEnumerable<MomentTemplate> templates, Moment moment, string language, string agentId,
        Conversations.ChannelKind? channel, int localHour)
    {
        var part = Recognition.Greeting.PartOfDay(localHour);
        return templates
            .Where(t => t.Moment == moment && t.Language == language)
            .Where(t => (t.AgentId is null || t.AgentId == agentId) && (t.Channel is null || t.Channel == channel) && (t.DayPart is null || t.DayPart == part))
            .OrderByDescending(t => (t.AgentId is null ? 0 : 4) + (t.Channel is null ? 0 : 2) + (t.DayPart is null ? 0 : 1))
            .ThenByDescending(t => t.UpdatedAt)
            .FirstOrDefault();
    }
}
