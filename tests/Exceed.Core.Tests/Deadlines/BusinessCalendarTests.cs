using Exceed.Core.Deadlines;

namespace Exceed.Core.Tests.Deadlines;

/// <summary>Deadlines count only the minutes the business is open, in its own zone.</summary>
public class BusinessCalendarTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeZoneInfo Kolkata = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");

    private static BusinessCalendar Calendar(TimeZoneInfo zone, OpeningHours? hours = null) => new(hours ?? new OpeningHours(), zone);

    private static DateTimeOffset At(TimeZoneInfo zone, int year, int month, int day, int hour, int minute)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static OpeningHours Every(string day) => new()
    {
        Monday = day, Tuesday = day, Wednesday = day, Thursday = day, Friday = day, Saturday = day, Sunday = day,
    };

    [Theory]
    [InlineData(10, 0, 20, 23, 10, 20)]
    [InlineData(20, 40, 20, 23, 21, 0)]
    [InlineData(20, 55, 20, 24, 9, 15)]
    [InlineData(21, 0, 20, 24, 9, 20)]
    [InlineData(23, 30, 60, 24, 10, 0)]
    [InlineData(7, 0, 20, 23, 9, 20)]
    [InlineData(0, 10, 60, 23, 10, 0)]
    [InlineData(20, 30, 60, 24, 9, 30)]
    public void Shanghai_open_nine_to_nine_counts_only_open_minutes(int hour, int minute, int target, int dueDay, int dueHour, int dueMinute)
    {
        var monday = At(Shanghai, 2026, 11, 23, hour, minute);
        Assert.Equal(At(Shanghai, 2026, 11, dueDay, dueHour, dueMinute), Calendar(Shanghai).AddOpenMinutes(monday, target));
    }

    [Fact]
    public void A_message_at_2055_with_a_20_minute_target_is_due_at_0915_next_opening()
    {
        var due = Calendar(Shanghai).AddOpenMinutes(At(Shanghai, 2026, 11, 23, 20, 55), 20);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 15, 0, TimeSpan.FromHours(8)), due);
    }

    [Fact]
    public void The_offset_the_time_was_given_in_does_not_change_the_answer()
    {
        var inShanghai = At(Shanghai, 2026, 11, 23, 20, 55);
        Assert.Equal(Calendar(Shanghai).AddOpenMinutes(inShanghai, 20), Calendar(Shanghai).AddOpenMinutes(inShanghai.ToUniversalTime(), 20));
    }

    [Fact]
    public void A_closed_Sunday_is_skipped_from_Saturday_night_to_Monday_morning()
    {
        var hours = new OpeningHours { Sunday = "closed" };
        var saturday = At(Shanghai, 2026, 11, 28, 20, 50);
        Assert.Equal(At(Shanghai, 2026, 11, 30, 9, 10), Calendar(Shanghai, hours).AddOpenMinutes(saturday, 20));
    }

    [Fact]
    public void A_lunch_closure_pauses_the_clock()
    {
        var hours = Every("09:00-12:00,13:30-18:00");
        Assert.Equal(At(Shanghai, 2026, 11, 23, 13, 40), Calendar(Shanghai, hours).AddOpenMinutes(At(Shanghai, 2026, 11, 23, 11, 50), 20));
    }

    [Fact]
    public void A_target_longer_than_a_day_carries_over_several_openings()
    {
        var due = Calendar(Shanghai).AddOpenMinutes(At(Shanghai, 2026, 11, 23, 9, 0), (12 * 60 * 2) + 30);
        Assert.Equal(At(Shanghai, 2026, 11, 25, 9, 30), due);
    }

    [Fact]
    public void Open_all_day_counts_straight_through_midnight()
    {
        var due = Calendar(Shanghai, Every("00:00-24:00")).AddOpenMinutes(At(Shanghai, 2026, 11, 23, 23, 50), 20);
        Assert.Equal(At(Shanghai, 2026, 11, 24, 0, 10), due);
    }

    [Fact]
    public void Half_hour_zone_without_daylight_saving_keeps_its_offset()
    {
        var due = Calendar(Kolkata).AddOpenMinutes(At(Kolkata, 2026, 6, 1, 20, 55), 20);
        Assert.Equal(new DateTimeOffset(2026, 6, 2, 9, 15, 0, new TimeSpan(5, 30, 0)), due);
    }

    [Fact]
    public void London_opening_after_the_clocks_go_forward_is_nine_summer_time()
    {
        var saturdayEvening = new DateTimeOffset(2026, 3, 28, 20, 50, 0, TimeSpan.Zero);
        var due = Calendar(London).AddOpenMinutes(saturdayEvening, 20);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 9, 10, 0, TimeSpan.FromHours(1)), due);
    }

    [Fact]
    public void London_opening_after_the_clocks_go_back_is_nine_winter_time()
    {
        var saturdayEvening = new DateTimeOffset(2026, 10, 24, 20, 55, 0, TimeSpan.FromHours(1));
        var due = Calendar(London).AddOpenMinutes(saturdayEvening, 20);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 9, 15, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void Open_all_night_in_London_counts_real_minutes_across_the_missing_hour()
    {
        var beforeMidnight = new DateTimeOffset(2026, 3, 28, 23, 30, 0, TimeSpan.Zero);
        var due = Calendar(London, Every("00:00-24:00")).AddOpenMinutes(beforeMidnight, 120);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 2, 30, 0, TimeSpan.FromHours(1)), due);
    }

    [Fact]
    public void Open_all_night_in_London_counts_the_repeated_hour_once_each_time()
    {
        var afterMidnight = new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.FromHours(1));
        var due = Calendar(London, Every("00:00-24:00")).AddOpenMinutes(afterMidnight, 120);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void An_opening_time_the_clocks_skip_opens_when_they_land()
    {
        var hours = new OpeningHours { Sunday = "01:30-03:00" };
        var sundayMidnight = new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.Zero);
        var due = Calendar(London, hours).AddOpenMinutes(sundayMidnight, 10);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 2, 10, 0, TimeSpan.FromHours(1)), due);
    }

    [Theory]
    [InlineData(8, 59, false)]
    [InlineData(9, 0, true)]
    [InlineData(20, 59, true)]
    [InlineData(21, 0, false)]
    public void Open_from_the_opening_minute_to_just_before_closing(int hour, int minute, bool open) =>
        Assert.Equal(open, Calendar(Shanghai).IsOpen(At(Shanghai, 2026, 11, 23, hour, minute)));
}
