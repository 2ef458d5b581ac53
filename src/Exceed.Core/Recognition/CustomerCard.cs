using Exceed.Core.Calls;
using Exceed.Core.Customers;

namespace Exceed.Core.Recognition;

/// <summary>Everything an agent needs on one screen when a known customer makes contact.</summary>
public sealed record CustomerCard(
    Guid Id,
    string DisplayName,
    string Greeting,
    string Language,
    CustomerType Type,
    CustomerType SuggestedType,
    LoyaltyStage LoyaltyStage,
    IReadOnlyList<string> Tags,
    IReadOnlyList<CardIdentity> Identities,
    IReadOnlyList<CardContact> LastContacts,
    IReadOnlyList<string> OpenProblems,
    IReadOnlyList<CardPreference> Preferences,
    IReadOnlyList<CardWish> WishList,
    IReadOnlyList<CardPurchase> RecentPurchases,
    IReadOnlyList<CardNote> RecentNotes,
    IReadOnlyList<Prompt> Prompts)
{
    public static CustomerCard From(Customer c, IReadOnlyList<Call> calls, DateTimeOffset now, TimeZoneInfo zone, string agentLanguage) => new(
        c.Id,
        c.DisplayName,
        Recognition.Greeting.For(c, now, zone),
        c.Language,
        c.Type,
        CustomerTypeSuggestion.Suggest(c.Purchases, c.WishItems.Count(w => w.FulfilledAt is null)),
        c.LoyaltyStage,
        c.TagList.ToList(),
        c.Identities.Select(i => new CardIdentity(i.Kind, i.Value, i.Display)).ToList(),
        calls.Select(x => new CardContact("call", x.ReceivedAt, x.Caller)).ToList(),
        [],
        c.Preferences.Select(p => new CardPreference(p.Kind, p.Text)).ToList(),
        c.WishItems.Where(w => w.FulfilledAt is null).OrderByDescending(w => w.WishedAt).Select(w => new CardWish(w.Item, w.WishedAt)).ToList(),
        c.Purchases.OrderByDescending(p => p.PurchasedAt).Select(p => new CardPurchase(p.Item, p.Amount, p.Currency, p.PurchasedAt, p.Channel)).ToList(),
        c.Notes.OrderByDescending(n => n.CreatedAt).Select(n => new CardNote(n.Text, n.Author, n.CreatedAt)).ToList(),
        AnticipationPrompts.For(c, now, zone, agentLanguage));
}

public sealed record CardIdentity(IdentityKind Kind, string Value, string? Display);
public sealed record CardContact(string Channel, DateTimeOffset At, string From);
public sealed record CardPreference(PreferenceKind Kind, string Text);
public sealed record CardWish(string Item, DateTimeOffset WishedAt);
public sealed record CardPurchase(string Item, decimal Amount, string Currency, DateTimeOffset At, string? Channel);
public sealed record CardNote(string Text, string Author, DateTimeOffset At);
