namespace Exceed.Core;

/// <summary>The business's own settings (Exceed:Business): its name, phone region and time zone.</summary>
public sealed class BusinessSettings
{
    public string Name { get; set; } = "Exceed demo";
    /// <summary>ISO region used to read phone numbers typed without a country code.</summary>
    public string DefaultRegion { get; set; } = "CN";
    /// <summary>IANA time zone in which times are shown and greetings chosen.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
