using Exceed.Core.Customers;

namespace Exceed.Core.Recognition;

/// <summary>The words to open with: "王先生,早上好" or "Good evening, Ms Chen", chosen by the local time of day.</summary>
public static class Greeting
{
    public static string For(Customer customer, DateTimeOffset now, TimeZoneInfo zone) =>
        For(customer.DisplayName, customer.FamilyName, customer.Salutation, customer.Language, TimeZoneInfo.ConvertTime(now, zone).Hour);

    public static string For(string displayName, string? familyName, Salutation salutation, string language, int localHour)
    {
        var part = PartOfDay(localHour);
        return language switch
        {
            "zh-Hant" => $"{ChineseAddress(displayName, familyName, salutation, traditional: true)},{HantGreeting(part)}",
            "en" => $"{EnglishGreeting(part)}, {EnglishAddress(displayName, familyName, salutation)}",
            _ => $"{ChineseAddress(displayName, familyName, salutation, traditional: false)},{HansGreeting(part)}",
        };
    }

    public enum DayPart { Morning, Noon, Afternoon, Evening }

    public static DayPart PartOfDay(int hour) => hour switch
    {
        >= 5 and < 11 => DayPart.Morning,
        >= 11 and < 13 => DayPart.Noon,
        >= 13 and < 18 => DayPart.Afternoon,
        _ => DayPart.Evening,
    };

    private static string HansGreeting(DayPart part) => part switch
    {
        DayPart.Morning => "早上好",
        DayPart.Noon => "中午好",
        DayPart.Afternoon => "下午好",
        _ => "晚上好",
    };

    private static string HantGreeting(DayPart part) => part switch
    {
        DayPart.Morning => "早安",
        DayPart.Noon => "午安",
        DayPart.Afternoon => "午安",
        _ => "晚上好",
    };

    private static string EnglishGreeting(DayPart part) => part switch
    {
        DayPart.Morning => "Good morning",
        DayPart.Evening => "Good evening",
        _ => "Good afternoon",
    };

    private static string ChineseAddress(string displayName, string? familyName, Salutation salutation, bool traditional)
    {
        if (string.IsNullOrWhiteSpace(familyName) || salutation == Salutation.None)
        {
            return displayName;
        }
        var title = salutation == Salutation.Mr ? "先生" : traditional ? "小姐" : "女士";
        return familyName + title;
    }

    private static string EnglishAddress(string displayName, string? familyName, Salutation salutation) =>
        string.IsNullOrWhiteSpace(familyName) || salutation == Salutation.None
            ? displayName
            : $"{(salutation == Salutation.Mr ? "Mr" : "Ms")} {familyName}";
}
