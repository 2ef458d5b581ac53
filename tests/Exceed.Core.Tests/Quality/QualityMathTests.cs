using Exceed.Core.Quality;

namespace Exceed.Core.Tests.Quality;

/// <summary>The score, the trend and the period a lead asks for, without a database.</summary>
public sealed class QualityMathTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateTimeOffset MondayMorning = new(2026, 11, 16, 9, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Score_is_the_share_of_replies_with_no_problem()
    {
        var quality = new QualityScore(Replies: 8, CleanReplies: 6, Problems: 3, Overridden: 1);

        Assert.Equal((75.0, 37.5), (quality.Score, quality.ProblemsPer100));
    }

    [Fact]
    public void Nothing_sent_has_no_score_rather_than_zero()
    {
        Assert.Equal((null, null), (QualityScore.None.Score, QualityScore.None.ProblemsPer100));
    }

    [Fact]
    public void Override_rate_is_the_share_of_fires_sent_past()
    {
        Assert.Equal(0.25, new RuleStat("owe", "negative-wording", true, Fired: 4, Overridden: 1, []).OverrideRate);
    }

    [Fact]
    public void Weekly_trend_adds_days_into_the_week_starting_monday_and_shows_empty_weeks()
    {
        var days = new[]
        {
            new TrendPoint(new DateOnly(2026, 11, 17), new QualityScore(2, 1, 1, 0)),
            new TrendPoint(new DateOnly(2026, 11, 22), new QualityScore(2, 2, 0, 0)),
        };

        var weeks = QualityMath.Trend(days, new DateOnly(2026, 11, 18), new DateOnly(2026, 12, 1), TrendStep.Week);

        Assert.Equal([(new DateOnly(2026, 11, 16), 4, 75.0), (new DateOnly(2026, 11, 23), 0, (double?)null), (new DateOnly(2026, 11, 30), 0, null)],
            weeks.Select(w => (w.Start, w.Quality.Replies, w.Quality.Score)));
    }

    [Fact]
    public void Excerpt_keeps_the_problem_in_its_sentence_and_says_where_it_is()
    {
        var text = new string('好', 50) + "您欠我们200元" + new string('好', 50);

        var (excerpt, start, length) = QualityMath.Excerpt(text, 50, 4, around: 10);

        Assert.Equal("…好好好好好好好好好好您欠我们200元好好好好好好…", excerpt);
        Assert.Equal("您欠我们", excerpt.Substring(start, length));
    }

    [Fact]
    public void Period_is_the_shops_whole_days_by_default_the_last_30()
    {
        var period = QualityPeriod.Parse(new QualityQuery(), Shanghai, MondayMorning).Value!;

        Assert.Equal((new DateOnly(2026, 10, 18), new DateOnly(2026, 11, 16)), (period.From, period.To));
        Assert.Equal(new DateTimeOffset(2026, 10, 17, 16, 0, 0, TimeSpan.Zero), period.Start);
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 16, 0, 0, TimeSpan.Zero), period.End);
    }

    [Theory]
    [InlineData("16/11/2026", null, "from")]
    [InlineData("2026-11-20", "2026-11-10", "from")]
    [InlineData("2025-01-01", "2026-11-10", "to")]
    public void Unreadable_or_backwards_period_names_the_field(string from, string? to, string field)
    {
        var problem = QualityPeriod.Parse(new QualityQuery { From = from, To = to }, Shanghai, MondayMorning).Problem;

        Assert.Contains(field, problem!.Errors!.Keys);
    }
}
