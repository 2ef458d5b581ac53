using Exceed.Core.Import;

namespace Exceed.Core.Tests.Import;

public class CellParsingTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateTimeOffset MarchSecondInShanghai = new(2025, 3, 1, 16, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("羊绒围巾 899元 2025-03-02", "羊绒围巾")]
    [InlineData("Cashmere scarf ¥899 2025-03-02", "Cashmere scarf")]
    [InlineData("羊绒围巾 RMB899 2025年3月2日", "羊绒围巾")]
    public void A_purchase_gives_item_amount_and_the_shop_day_in_UTC(string cell, string item)
    {
        var (purchase, _) = PurchaseCell.Read(cell, Shanghai);
        Assert.Equal((item, 899m, "CNY", MarchSecondInShanghai), (purchase!.Item, purchase.Amount, purchase.Currency, purchase.PurchasedAt!.Value));
    }

    [Fact]
    public void A_purchase_with_a_quantity_keeps_it_in_the_item() =>
        Assert.Equal("高钙牛奶 x3", PurchaseCell.Read("高钙牛奶 x3", Shanghai).Purchase!.Item);

    [Fact]
    public void A_Hong_Kong_dollar_price_is_recorded_in_HKD() =>
        Assert.Equal("HKD", PurchaseCell.Read("丝巾 HK$680 2025-01-05", Shanghai).Purchase!.Currency);

    [Fact]
    public void A_purchase_on_a_day_that_does_not_exist_is_reported() =>
        Assert.Contains("not a calendar date", PurchaseCell.Read("围巾 2025-02-30", Shanghai).Error);

    [Theory]
    [InlineData("羊绒围巾(2025-03)")]
    [InlineData("羊绒围巾 2025年3月")]
    [InlineData("羊绒围巾（2025/3）")]
    public void A_wish_gives_the_item_and_the_month_it_was_wanted(string cell)
    {
        var (wish, _) = WishCell.Read(cell, Shanghai);
        Assert.Equal(("羊绒围巾", new DateTimeOffset(2025, 2, 28, 16, 0, 0, TimeSpan.Zero)), (wish!.Item, wish.WishedAt!.Value));
    }

    [Theory]
    [InlineData("1988-05-12", 5, 12, 1988)]
    [InlineData("1988/5/12", 5, 12, 1988)]
    [InlineData("1988年5月12日", 5, 12, 1988)]
    [InlineData("5月12日", 5, 12, null)]
    [InlineData("05-12", 5, 12, null)]
    public void Unambiguous_birthdays_are_read(string cell, int month, int day, int? year) =>
        Assert.Equal((month, day, year), CellDates.ReadDayOfYear(cell));

    [Theory]
    [InlineData("12/05")]
    [InlineData("May 12th")]
    public void A_birthday_that_could_be_two_days_is_not_guessed(string cell) =>
        Assert.Null(CellDates.ReadDayOfYear(cell));

    [Theory]
    [InlineData("138 0013 8000；139 1234 5678")]
    [InlineData("138 0013 8000/139 1234 5678")]
    [InlineData("138 0013 8000, 139 1234 5678")]
    [InlineData("138 0013 8000、139 1234 5678")]
    [InlineData("138 0013 8000\n139 1234 5678")]
    public void Several_phones_in_one_cell_are_each_kept(string cell) =>
        Assert.Equal(["138 0013 8000", "139 1234 5678"], CellValues.Split(cell));

    [Fact]
    public void A_slash_date_or_a_thousands_comma_does_not_split_a_purchase() =>
        Assert.Single(CellValues.Split("Coat ¥1,299 2025/1/18"));
}
