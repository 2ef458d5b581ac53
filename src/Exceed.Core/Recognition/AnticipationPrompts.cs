using System.Globalization;
using Exceed.Core.Customers;

namespace Exceed.Core.Recognition;

/// <summary>One thing to offer before the customer asks.</summary>
public sealed record Prompt(string Kind, string Text);

/// <summary>Turns what we remember into what to offer: needs, wishes, dates this week, the regular order.</summary>
public static class AnticipationPrompts
{
    public const int DaysAhead = 7;
    public const int RegularMinimum = 3;

    public static List<Prompt> For(Customer customer, DateTimeOffset now, TimeZoneInfo zone, string language)
    {
        var text = PromptText.For(language, customer.Salutation);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var prompts = new List<Prompt>();
        foreach (var need in customer.Preferences.Where(p => p.Kind == PreferenceKind.Need))
        {
            prompts.Add(new("need", text.Prepare(need.Text)));
        }
        foreach (var dislike in customer.Preferences.Where(p => p.Kind == PreferenceKind.Dislike))
        {
            prompts.Add(new("dislike", text.Avoid(dislike.Text)));
        }
        foreach (var date in customer.ImportantDates)
        {
            if (NextOccurrence(date, today) is { } next && next.DayNumber - today.DayNumber <= DaysAhead)
            {
                prompts.Add(new("date", text.DateSoon(date, next, next == today)));
            }
        }
        if (RegularItem(customer.Purchases) is { } regular)
        {
            prompts.Add(new("regular", text.Usually(regular)));
        }
        foreach (var wish in customer.WishItems.Where(w => w.FulfilledAt is null).OrderByDescending(w => w.WishedAt))
        {
            var wished = TimeZoneInfo.ConvertTime(wish.WishedAt, zone);
            prompts.Add(new("wish", text.AskAboutWish(wish.Item, wished, wished.Year != today.Year)));
        }
        foreach (var like in customer.Preferences.Where(p => p.Kind == PreferenceKind.Like))
        {
            prompts.Add(new("like", text.Likes(like.Text)));
        }
        return prompts;
    }

    /// <summary>The item bought at least three times and in at least 40% of purchases: "she usually takes ...".</summary>
    public static string? RegularItem(IEnumerable<Purchase> purchases)
    {
        var list = purchases.ToList();
        var top = list.GroupBy(p => p.Item.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => (Item: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .FirstOrDefault();
        return top.Count >= RegularMinimum && top.Count * 10 >= list.Count * 4 ? top.Item : null;
    }

    public static DateOnly? NextOccurrence(ImportantDate date, DateOnly today)
    {
        for (var year = today.Year; year <= today.Year + 4; year++)
        {
            if (date.Month is < 1 or > 12 || date.Day < 1 || date.Day > DateTime.DaysInMonth(year, date.Month))
            {
                continue;
            }
            var candidate = new DateOnly(year, date.Month, date.Day);
            if (candidate >= today)
            {
                return candidate;
            }
        }
        return null;
    }

    internal static string MonthName(DateTimeOffset at, CultureInfo culture) => at.ToString("MMMM", culture);
}
