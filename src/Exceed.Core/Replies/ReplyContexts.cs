using Exceed.Core.Conversations;
using Exceed.Core.Customers;
using Exceed.Core.Recognition;

namespace Exceed.Core.Replies;

/// <summary>Reads what a reply's variables stand for from the conversation's customer card, at the business's local time.</summary>
public sealed class ReplyContexts(InboxQuery inbox, RecognitionService recognition, BusinessSettings business, TimeProvider clock)
{
    /// <summary>The context for a reply in a conversation (or none: no customer, no order); language defaults to the customer's.</summary>
    public async Task<ReplyContext> ForAsync(Guid? conversationId, string? language, Agent agent, CancellationToken ct = default)
    {
        var hour = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), business.Zone).Hour;
        var conversation = conversationId is { } id ? await inbox.GetAsync(id, ct) : null;
        var card = conversation?.CustomerId is { } customer ? await recognition.CardAsync(customer, language, ct) : null;
        var replyLanguage = Languages.Match(language) ?? card?.Language ?? "zh-Hans";
        // The card greets in the customer's own language; in another language we greet by time of day alone.
        var greeting = card is not null && card.Language == replyLanguage ? card.Greeting : TimeOfDayGreeting(replyLanguage, hour);
        var order = card?.Identities.LastOrDefault(i => i.Kind == IdentityKind.Order)?.Value;
        return new ReplyContext(replyLanguage, card?.DisplayName, greeting, order, agent.Name, hour, conversation?.Channel);
    }

    public static string TimeOfDayGreeting(string language, int localHour) => (language, Greeting.PartOfDay(localHour)) switch
    {
        ("en", Greeting.DayPart.Morning) => "Good morning",
        ("en", Greeting.DayPart.Evening) => "Good evening",
        ("en", _) => "Good afternoon",
        ("zh-Hant", Greeting.DayPart.Morning) => "早安",
        ("zh-Hant", Greeting.DayPart.Evening) => "晚上好",
        ("zh-Hant", _) => "午安",
        (_, Greeting.DayPart.Morning) => "早上好",
        (_, Greeting.DayPart.Noon) => "中午好",
        (_, Greeting.DayPart.Afternoon) => "下午好",
        _ => "晚上好",
    };
}
