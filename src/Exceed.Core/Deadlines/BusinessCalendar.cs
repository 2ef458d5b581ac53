namespace Exceed.Core.Deadlines;

/// <summary>Counts time only while the business is open, in its own zone: a 20-minute target set at 20:55 falls due at 09:15 next opening.</summary>
public sealed class BusinessCalendar(OpeningHours hours, TimeZoneInfo zone)
{
    private readonly IReadOnlyList<(TimeSpan Open, TimeSpan Close)>[] week = [.. Enum.GetValues<DayOfWeek>().Select(hours.On)];

    /// <summary>Enough days to pass any closure a week of settings can describe, many times over.</summary>
    private const int MaxDays = 3700;

    /// <summary>The instant at which this many open minutes have passed since <paramref name="from"/>.</summary>
    public DateTimeOffset AddOpenMinutes(DateTimeOffset from, int minutes)
    {
        var left = TimeSpan.FromMinutes(Math.Max(0, minutes));
        var cursor = from.ToUniversalTime();
        var day = TimeZoneInfo.ConvertTime(cursor, zone).Date;
        for (var i = 0; i < MaxDays; i++, day = day.AddDays(1))
        {
            foreach (var (open, close) in week[(int)day.DayOfWeek])
            {
                var start = ToUtc(day + open);
                var end = ToUtc(day + close);
                if (cursor < start)
                {
                    cursor = start;
                }
                if (cursor >= end)
                {
                    continue;
                }
                if (left <= end - cursor)
                {
                    return cursor + left;
                }
                left -= end - cursor;
                cursor = end;
            }
        }
        throw new InvalidOperationException("The business is never open; check Exceed:Business:Hours.");
    }

    /// <summary>Whether the business is open at this instant.</summary>
    public bool IsOpen(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var day = local.Date;
        return week[(int)day.DayOfWeek].Any(r => ToUtc(day + r.Open) <= at && at < ToUtc(day + r.Close));
    }

    /// <summary>
    /// A wall-clock time of the business as an instant. A time skipped when clocks go forward means the first moment
    /// after the jump; a time that happens twice when clocks go back means its first occurrence.
    /// </summary>
    private DateTimeOffset ToUtc(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
