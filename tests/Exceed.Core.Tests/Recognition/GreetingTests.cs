using Exceed.Core.Customers;
using Exceed.Core.Recognition;

namespace Exceed.Core.Tests.Recognition;

public class GreetingTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static Customer Wang() => new() { DisplayName = "王建国", FamilyName = "王", Salutation = Salutation.Mr, Language = "zh-Hans" };

    [Fact]
    public void Mr_Wang_is_greeted_good_morning_at_nine_in_Shanghai()
    {
        var nineShanghai = new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
        Assert.Equal("王先生,早上好", Greeting.For(Wang(), nineShanghai, Shanghai));
    }

    [Fact]
    public void The_time_of_day_is_the_business_zone_not_UTC()
    {
        var twentyUtcIsFourAmNextDayShanghai = new DateTimeOffset(2026, 11, 23, 20, 0, 0, TimeSpan.Zero);
        Assert.Equal("王先生,晚上好", Greeting.For(Wang(), twentyUtcIsFourAmNextDayShanghai, Shanghai));
    }

    [Theory]
    [InlineData(8, "Good morning, Ms Chen")]
    [InlineData(15, "Good afternoon, Ms Chen")]
    [InlineData(20, "Good evening, Ms Chen")]
    public void English_customers_are_greeted_in_English(int hour, string expected) =>
        Assert.Equal(expected, Greeting.For("Chen Li", "Chen", Salutation.Ms, "en", hour));

    [Fact]
    public void Traditional_Chinese_customers_hear_Traditional_words() =>
        Assert.Equal("林小姐,早安", Greeting.For("林美玲", "林", Salutation.Ms, "zh-Hant", 9));

    [Fact]
    public void Without_a_family_name_the_full_name_is_used() =>
        Assert.Equal("小雨,下午好", Greeting.For("小雨", null, Salutation.None, "zh-Hans", 14));
}
