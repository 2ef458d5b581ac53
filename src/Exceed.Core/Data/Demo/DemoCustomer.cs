using Exceed.Core.Customers;

namespace Exceed.Core.Data.Demo;

/// <summary>A demo customer: what the factory validates, plus the notes' authors and times that the factory would set to "now".</summary>
internal sealed record DemoCustomer(CustomerInput Input, IReadOnlyList<DemoNote> Notes, int CustomerForDays);

internal sealed record DemoNote(string Text, string Author, int DaysAgo);

/// <summary>Dates relative to the moment the demo is loaded, so "this week" stays this week whenever it runs.</summary>
internal readonly record struct DemoClock(DateTimeOffset Now)
{
    public DateTimeOffset DaysAgo(int days, int hour = 10) =>
        new DateTimeOffset(Now.Date, TimeSpan.Zero).AddDays(-days).AddHours(hour - 8);

    /// <summary>A yearly date that falls <paramref name="daysAhead"/> days from now; leap days get a leap year.</summary>
    public DateInput Upcoming(ImportantDateKind kind, int daysAhead, int year, string? label = null)
    {
        var day = Now.AddDays(daysAhead);
        var safeYear = day.Month == 2 && day.Day == 29 ? 1988 : year;
        return new DateInput(kind, day.Month, day.Day, safeYear, label);
    }

    /// <summary>Early March of the most recent March that has passed: "wanted a cashmere scarf in March".</summary>
    public DateTimeOffset LastMarch()
    {
        var march = new DateTimeOffset(Now.Year, 3, 8, 2, 0, 0, TimeSpan.Zero);
        return march <= Now ? march : march.AddYears(-1);
    }
}
