using System.Globalization;
using System.Text.RegularExpressions;
using Exceed.Core.Customers;

namespace Exceed.Core.Import;

/// <summary>Reads one purchase: "羊绒围巾 899元 2025-03-02", "Cashmere scarf ¥899 2025-03-02", "高钙牛奶 x3".</summary>
public static partial class PurchaseCell
{
    [GeneratedRegex(@"(?<cur>HK\$|US\$|NT\$|¥|￥|\$|RMB|CNY|HKD|USD)\s*(?<amt>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyFirst();

    [GeneratedRegex(@"(?<amt>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?<cur>元|块|塊|RMB|CNY|HKD|USD|港币|港幣|美元)", RegexOptions.IgnoreCase)]
    private static partial Regex AmountFirst();

    /// <summary>The purchase, or the reason the cell cannot be read.</summary>
    public static (PurchaseInput? Purchase, string? Error) Read(string text, TimeZoneInfo zone)
    {
        var rest = text;
        DateTimeOffset? at = null;
        if (CellDates.FullDate().Match(rest) is { Success: true } date)
        {
            if (CellDates.ToDate(date) is not { } day)
            {
                return (null, $"'{date.Value}' is not a calendar date; write it as yyyy-MM-dd, e.g. 2025-03-02.");
            }
            at = CellDates.StartOfDay(day, zone);
            rest = rest.Remove(date.Index, date.Length);
        }
        decimal amount = 0;
        string? currency = null;
        var money = CurrencyFirst().Match(rest) is { Success: true } first ? first : AmountFirst().Match(rest);
        if (money.Success)
        {
            amount = decimal.Parse(money.Groups["amt"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            currency = CurrencyCode(money.Groups["cur"].Value);
            rest = rest.Remove(money.Index, money.Length);
        }
        return (new PurchaseInput(ItemText(rest), amount, currency, at), null);
    }

    public static string CurrencyCode(string symbol) => symbol.ToUpperInvariant() switch
    {
        "HK$" or "HKD" or "港币" or "港幣" => "HKD",
        "US$" or "$" or "USD" or "美元" => "USD",
        "NT$" => "TWD",
        _ => "CNY",
    };

    /// <summary>What is left once the date and amount are taken out, without stray brackets or dashes.</summary>
    public static string ItemText(string rest) =>
        string.Join(' ', rest.Replace("()", "", StringComparison.Ordinal).Replace("（）", "", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '-', ':', '：', '@');
}
