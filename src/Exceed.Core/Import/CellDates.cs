using System.Text.RegularExpressions;

namespace Exceed.Core.Import;

/// <summary>The date forms shops write: 2025-03-02, 2025/3/2, 2025.3.2, 2025年3月2日, and for wishes 2025-03 or 2025年3月.</summary>
public static partial class CellDates
{
    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})\s*(?:[-/.]\s*(?<m>\d{1,2})\s*[-/.]\s*(?<d>\d{1,2})|年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*[日号號]?)(?!\d)")]
    public static partial Regex FullDate();

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})\s*(?:[-/.]\s*(?<m>\d{1,2})|年\s*(?<m>\d{1,2})\s*月份?)(?!\d)")]
    public static partial Regex YearMonth();

    [GeneratedRegex(@"^(?:(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*[日号號]?|(?<m>\d{1,2})-(?<d>\d{1,2}))$")]
    private static partial Regex MonthDay();

    /// <summary>The calendar date a match names, or null when it names none (2025-13-45).</summary>
    public static DateOnly? ToDate(Match match)
    {
        var year = int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
        return year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    /// <summary>Midnight of that day where the business is, as a UTC instant.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone), TimeSpan.Zero);

    /// <summary>Reads a birthday or anniversary; 12/05 is refused because it may be May or December.</summary>
    public static (int Month, int Day, int? Year)? ReadDayOfYear(string text)
    {
        var trimmed = text.Trim();
        var full = FullDate().Match(trimmed);
        if (full.Success && full.Length == trimmed.Length)
        {
            return (Number(full, "m"), Number(full, "d"), Number(full, "y"));
        }
        var monthDay = MonthDay().Match(trimmed);
        return monthDay.Success ? (Number(monthDay, "m"), Number(monthDay, "d"), null) : null;
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);
}
