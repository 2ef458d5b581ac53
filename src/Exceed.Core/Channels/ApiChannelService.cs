using Exceed.Core.Audit;
using Exceed.Core.Common;
using Exceed.Core.Conversations;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Channels;

public sealed record ApiChannelInput(string? Name, IdentityKind? SenderKind, string? WebhookUrl);

/// <summary>A channel as its admin sees it; the secret is only returned when the channel is created.</summary>
public sealed record ApiChannelView(Guid Id, string Name, IdentityKind SenderKind, string? WebhookUrl, DateTimeOffset CreatedAt, string? WebhookSecret);

/// <summary>What an integration POSTs for one customer message.</summary>
public sealed record ApiMessageInput
{
    /// <summary>The sender's id on the channel: WeChat id, phone, marketplace handle…</summary>
    public string? From { get; init; }
    public string? Name { get; init; }
    public string? Text { get; init; }
    /// <summary>The integration's id for this message; sending it again stores nothing new.</summary>
    public string? MessageId { get; init; }
    public string? ThreadId { get; init; }
    public List<ApiAttachment>? Attachments { get; init; }
}

public sealed record ApiAttachment(string? FileName, string? ContentType, string? ContentBase64);

/// <summary>Integrations that bring WeChat, SMS and marketplace messages in, and take agent replies out by signed webhook.</summary>
public sealed class ApiChannelService(ExceedDb db, IntakeQueue intake, AuditLog audit, TimeProvider clock, ApiChannelCache known)
{
    public async Task<Outcome<ApiChannelView>> CreateAsync(ApiChannelInput input, string actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        errors.Require("name", input.Name, "Channel name", 100);
        if (input.SenderKind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add("senderKind", "Say how senders identify on this channel: phone, email, handle, weChat or taobao.");
        }
        if (input.WebhookUrl is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var hook) && hook.Scheme is "http" or "https" && url.Length <= 1000))
        {
            errors.Add("webhookUrl", "The webhook must be an http(s) address of at most 1000 characters.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var channel = new ApiChannel
        {
            Name = input.Name!.Trim(),
            SenderKind = input.SenderKind!.Value,
            WebhookUrl = string.IsNullOrWhiteSpace(input.WebhookUrl) ? null : input.WebhookUrl.Trim(),
            WebhookSecret = WebhookSignature.NewSecret(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Add(channel);
        audit.Record(actor, "channel.created", channel.Name, detail: new { channel.Id, kind = channel.SenderKind.ToString() });
        await db.SaveChangesAsync(ct);
        return View(channel, withSecret: true);
    }

    public async Task<List<ApiChannelView>> ListAsync(CancellationToken ct = default) =>
        (await db.Set<ApiChannel>().AsNoTracking().Where(c => c.DisabledAt == null).OrderBy(c => c.Name).ToListAsync(ct))
            .Select(c => View(c, withSecret: false)).ToList();

    public async Task<Outcome<IntakeResult>> ReceiveAsync(Guid channelId, ApiMessageInput input, string? idempotencyKey, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var channel = known.Find(channelId, now);
        if (channel is null)
        {
            channel = await db.Set<ApiChannel>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == channelId && c.DisabledAt == null, ct);
            if (channel is not null)
            {
                known.Keep(channel, now);
            }
        }
        if (channel is null)
        {
            return Problem.NotFound($"No API channel with id {channelId}; create one under /api/v1/channels first.");
        }
        var errors = new FieldErrors();
        errors.Require("from", input.From, "Sender (the customer's id on this channel)", 200);
        var key = idempotencyKey ?? input.MessageId;
        if (string.IsNullOrWhiteSpace(key))
        {
            errors.Add("messageId", "Give each message an id (messageId or the Idempotency-Key header), so a retried delivery is stored once.");
        }
        var attachments = DecodeAttachments(input.Attachments, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        return await intake.ReceiveAsync(new InboundMessage
        {
            Channel = ChannelKind.Api,
            ChannelId = channel.Id,
            FromKind = channel.SenderKind,
            FromValue = input.From,
            SenderName = input.Name,
            ThreadKey = string.IsNullOrWhiteSpace(input.ThreadId) ? null : input.ThreadId.Trim(),
            Text = input.Text,
            DedupeKey = $"api:{channel.Id:N}:{key!.Trim()}",
            Attachments = attachments,
        }, ct);
    }

    private static List<AttachmentInput> DecodeAttachments(List<ApiAttachment>? attachments, FieldErrors errors)
    {
        var decoded = new List<AttachmentInput>();
        for (var i = 0; i < (attachments?.Count ?? 0); i++)
        {
            var a = attachments![i];
            try
            {
                decoded.Add(new AttachmentInput(a.FileName, a.ContentType, Convert.FromBase64String(a.ContentBase64 ?? "")));
            }
            catch (FormatException)
            {
                errors.Add($"attachments[{i}].contentBase64", $"Attachment {a.FileName} is not valid base64.");
            }
        }
        return decoded;
    }

    private static ApiChannelView View(ApiChannel c, bool withSecret) =>
        new(c.Id, c.Name, c.SenderKind, c.WebhookUrl, c.CreatedAt, withSecret ? c.WebhookSecret : null);
}

/// <summary>
/// The channels integrations posted to lately, so a message does not cost a database read for its channel. Only
/// channels that exist are kept (a client guessing ids cannot fill it), each for <see cref="KeepFor"/> at most.
/// </summary>
public sealed class ApiChannelCache
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(30);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, (ApiChannel Channel, DateTimeOffset Until)> channels = new();

    public ApiChannel? Find(Guid id, DateTimeOffset now) =>
        channels.TryGetValue(id, out var kept) && kept.Until > now ? kept.Channel : null;

    public void Keep(ApiChannel channel, DateTimeOffset now) => channels[channel.Id] = (channel, now + KeepFor);
}
