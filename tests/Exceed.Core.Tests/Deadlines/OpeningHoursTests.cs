using Exceed.Core.Deadlines;

namespace Exceed.Core.Tests.Deadlines;

public class OpeningHoursTests
{
    [Fact]
    public void By_default_the_business_is_open_every_day_nine_to_nine()
    {
        var hours = new OpeningHours();
        hours.Validate();
        Assert.All(Enum.GetValues<DayOfWeek>(), d => Assert.Equal([(TimeSpan.FromHours(9), TimeSpan.FromHours(21))], hours.On(d)));
    }

    [Theory]
    [InlineData("9-21")]
    [InlineData("21:00-09:00")]
    [InlineData("13:00-18:00,09:00-12:00")]
    [InlineData("09:00-25:00")]
    [InlineData("open")]
    public void Unreadable_hours_stop_the_start_naming_the_day(string saturday)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new OpeningHours { Saturday = saturday }.Validate());
        Assert.Contains("Exceed:Business:Hours:Saturday", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_business_closed_every_day_is_refused()
    {
        var closed = new OpeningHours { Monday = "closed", Tuesday = "closed", Wednesday = "closed", Thursday = "closed", Friday = "closed", Saturday = "closed", Sunday = "closed" };
        Assert.Throws<InvalidOperationException>(closed.Validate);
    }

    [Fact]
    public void Closed_and_all_day_are_understood()
    {
        var hours = new OpeningHours { Sunday = "Closed", Saturday = "00:00-24:00" };
        Assert.Empty(hours.On(DayOfWeek.Sunday));
        Assert.Equal([(TimeSpan.Zero, TimeSpan.FromHours(24))], hours.On(DayOfWeek.Saturday));
    }
}
