using Exceed.Core.Customers;

namespace Exceed.Core.Import;

/// <summary>Reads one wished item: "羊绒围巾(2025-03)", "羊绒围巾 2025年3月", or just "羊绒围巾".</summary>
public static class WishCell
{
    public static (WishInput? Wish, string? Error) Read(string text, TimeZoneInfo zone)
    {
        var date = CellDates.FullDate().Match(text) is { Success: true } full ? full : CellDates.YearMonth().Match(text);
        if (!date.Success)
        {
            return (new WishInput(PurchaseCell.ItemText(text), null), null);
        }
        if (CellDates.ToDate(date) is not { } day)
        {
            return (null, $"'{date.Value}' is not a calendar date; write it as 2025-03 or 2025年3月.");
        }
        return (new WishInput(PurchaseCell.ItemText(text.Remove(date.Index, date.Length)), CellDates.StartOfDay(day, zone)), null);
    }
}
