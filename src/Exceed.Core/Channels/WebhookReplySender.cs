using System.Net.Http.Headers;
using System.Text.Json;
using Exceed.Core.Conversations;
using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Channels;

/// <summary>POSTs an agent's reply to the API channel's webhook, signed with the channel's secret.</summary>
public sealed class WebhookReplySender(HttpClient http, ExceedDb db, TimeProvider clock) : IReplySender
{
    public ChannelKind Channel => ChannelKind.Api;

    public async Task<string?> SendAsync(OutgoingReply reply, CancellationToken ct)
    {
        var channel = await db.Set<ApiChannel>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == reply.Conversation.ChannelId, ct);
        if (channel?.WebhookUrl is not { } url)
        {
            return channel is null ? "The API channel was deleted." : null;
        }
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            @event = "reply",
            deliveryId = reply.DeliveryId,
            channelId = channel.Id,
            conversationId = reply.Conversation.Id,
            threadId = reply.Conversation.ThreadKey,
            messageId = reply.Entry.Id,
            to = new { kind = reply.RecipientKind, value = reply.Recipient },
            text = reply.Entry.Text,
            agent = reply.Entry.AuthorName,
            sentAt = reply.Entry.At,
        }, JsonOptions);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(channel.WebhookSecret, timestamp, body));
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("X-Exceed-Delivery", reply.DeliveryId.ToString());
        using var response = await http.SendAsync(request, ct);
        return response.IsSuccessStatusCode ? null : $"The webhook answered {(int)response.StatusCode} {response.ReasonPhrase}.";
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
