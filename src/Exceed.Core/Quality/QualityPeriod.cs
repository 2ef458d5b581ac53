using System.Globalization;
using Exceed.Core.Common;

namespace Exceed.Core.Quality;

/// <summary>What a quality review covers: whole days in the business's time zone, one team or one agent, and the trend's step.</summary>
/// <remarks>Properties rather than a positional record, so the web app's generated request delegates can bind it.</remarks>
public sealed record QualityQuery
{
    public string? From { get; init; }
    public string? To { get; init; }
    public string? By { get; init; }
    public string? Team { get; init; }
    public string? AgentId { get; init; }
}

/// <summary>A checked period: the first and last day (inclusive, the shop's days) and the instants they begin and end.</summary>
public sealed record QualityPeriod(DateOnly From, DateOnly To, TrendStep Step, DateTimeOffset Start, DateTimeOffset End)
{
    public const int MaxDays = 366;
    public const int DefaultDays = 30;

    public static Outcome<QualityPeriod> Parse(QualityQuery query, TimeZoneInfo zone, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var to = Day(query.To, "to", today, errors);
        var from = Day(query.From, "from", to.AddDays(1 - DefaultDays), errors);
        var step = TrendStep.Day;
        if (query.By is { Length: > 0 } by && !Enum.TryParse(by, ignoreCase: true, out step))
        {
            errors.Add("by", $"'{by}' is not a trend step; use day or week.");
        }
        if (!errors.Any && from > to)
        {
            errors.Add("from", $"The period starts ({from:yyyy-MM-dd}) after it ends ({to:yyyy-MM-dd}); swap the dates.");
        }
        else if (!errors.Any && to.DayNumber - from.DayNumber + 1 > MaxDays)
        {
            errors.Add("to", $"A review covers at most {MaxDays} days; shorten the period or review it in parts.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        return new QualityPeriod(from, to, step, Midnight(from, zone), Midnight(to.AddDays(1), zone));
    }

    private static DateOnly Day(string? text, string field, DateOnly fallback, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        errors.Add(field, $"'{text}' is not a date; write it as yyyy-MM-dd, e.g. {fallback:yyyy-MM-dd}.");
        return fallback;
    }

    private static DateTimeOffset Midnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
