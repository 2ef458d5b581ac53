using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Exceed.Core.Channels;

/// <summary>An integration that delivers customer messages through the API (WeChat, SMS, a marketplace's IM) and takes our replies by webhook.</summary>
public sealed class ApiChannel
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    /// <summary>How senders identify on this channel: wechat, taobao, phone (SMS), handle…</summary>
    public Customers.IdentityKind SenderKind { get; set; }
    /// <summary>Where agent replies are POSTed; null when the integration fetches them itself.</summary>
    public string? WebhookUrl { get; set; }
    /// <summary>The HMAC-SHA256 key for the webhook signature, shown once to the admin who creates the channel.</summary>
    public string WebhookSecret { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DisabledAt { get; set; }
}

internal sealed class ApiChannelMapping : IEntityTypeConfiguration<ApiChannel>
{
    public void Configure(EntityTypeBuilder<ApiChannel> e)
    {
        e.Property(c => c.Name).HasMaxLength(100);
        e.Property(c => c.SenderKind).HasConversion<string>().HasMaxLength(10);
        e.Property(c => c.WebhookUrl).HasMaxLength(1000);
        e.Property(c => c.WebhookSecret).HasMaxLength(100);
    }
}
