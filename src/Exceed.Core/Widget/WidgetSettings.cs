namespace Exceed.Core.Widget;

/// <summary>Exceed:Widget — where the widget may be embedded, how the shop signs its shoppers, how hard visitors may push.</summary>
public sealed class WidgetSettings
{
    /// <summary>Origins (scheme://host[:port]) whose pages may embed the widget; empty means any page may.</summary>
    public string[] AllowedOrigins { get; set; } = [];
    /// <summary>The secret the shop's site signs a signed-in shopper's email or phone with (data-customer-token).</summary>
    public string? ShopSecret { get; set; }
    public int VisitorRequestsPerMinute { get; set; } = 60;
    public int IpRequestsPerMinute { get; set; } = 600;
    /// <summary>How long a "come back by email" link keeps working.</summary>
    public int ResumeLinkDays { get; set; } = 30;
}
