using System.Globalization;

namespace Exceed.Core.Deadlines;

/// <summary>
/// When the business answers customers, per weekday in its own time zone (Exceed:Business:Hours).
/// Each day is "09:00-21:00", several ranges "09:00-12:00,13:30-18:00", "00:00-24:00" for all day, or "closed".
/// </summary>
public sealed class OpeningHours
{
    public const string Default = "09:00-21:00";

    public string Monday { get; set; } = Default;
    public string Tuesday { get; set; } = Default;
    public string Wednesday { get; set; } = Default;
    public string Thursday { get; set; } = Default;
    public string Friday { get; set; } = Default;
    public string Saturday { get; set; } = Default;
    public string Sunday { get; set; } = Default;

    /// <summary>The open ranges of one weekday, as offsets from local midnight, earliest first.</summary>
    public IReadOnlyList<(TimeSpan Open, TimeSpan Close)> On(DayOfWeek day) => Parse(day, Text(day));

    /// <summary>Fails at start, naming the setting, when a day cannot be read or the business never opens.</summary>
    public void Validate()
    {
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            _ = On(day);
        }
        if (Enum.GetValues<DayOfWeek>().All(d => On(d).Count == 0))
        {
            throw new InvalidOperationException("Exceed:Business:Hours closes every day; deadlines need at least one open day.");
        }
    }

    private string Text(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => Monday,
        DayOfWeek.Tuesday => Tuesday,
        DayOfWeek.Wednesday => Wednesday,
        DayOfWeek.Thursday => Thursday,
        DayOfWeek.Friday => Friday,
        DayOfWeek.Saturday => Saturday,
        _ => Sunday,
    };

    private static List<(TimeSpan, TimeSpan)> Parse(DayOfWeek day, string? text)
    {
        var ranges = new List<(TimeSpan Open, TimeSpan Close)>();
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Equals("closed", StringComparison.OrdinalIgnoreCase))
        {
            return ranges;
        }
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length != 2 || Clock(ends[0]) is not { } open || Clock(ends[1]) is not { } close || open >= close
                || ranges.Count > 0 && open < ranges[^1].Close)
            {
                throw new InvalidOperationException(
                    $"Exceed:Business:Hours:{day} '{text}' is not opening hours; write ranges in time order within the day such as 09:00-21:00 or 09:00-12:00,13:30-18:00, 00:00-24:00 for all day, or closed.");
            }
            ranges.Add((open, close));
        }
        return ranges;
    }

    private static TimeSpan? Clock(string text)
    {
        if (text == "24:00")
        {
            return TimeSpan.FromHours(24);
        }
        return TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time.ToTimeSpan() : null;
    }
}
