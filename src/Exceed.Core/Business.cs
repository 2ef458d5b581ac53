namespace Exceed.Core;

/// <summary>The business's own settings (Exceed:Business): its name, phone region, time zone and opening hours.</summary>
public sealed class BusinessSettings
{
    public string Name { get; set; } = "Exceed demo";
    /// <summary>ISO region used to read phone numbers typed without a country code.</summary>
    public string DefaultRegion { get; set; } = "CN";
    /// <summary>IANA time zone in which times are shown and greetings chosen.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>When the business is open, per weekday in <see cref="TimeZone"/>; deadlines count only open time.</summary>
    public Deadlines.OpeningHours Hours { get; set; } = new();

    private TimeZoneInfo? zone;

    public TimeZoneInfo Zone => zone ??= TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>Fails at start, not on the first card, when a setting is mistyped.</summary>
    public void Validate()
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            throw new InvalidOperationException($"Exceed:Business:TimeZone '{TimeZone}' is not a time zone; use an IANA name such as Asia/Shanghai or Asia/Hong_Kong.");
        }
        if (!PhoneNumbers.PhoneNumberUtil.GetInstance().GetSupportedRegions().Contains(DefaultRegion))
        {
            throw new InvalidOperationException($"Exceed:Business:DefaultRegion '{DefaultRegion}' is not a phone region; use a two-letter code such as CN, HK or TW.");
        }
        Hours.Validate();
    }
}
