using Exceed.Core.Channels;
using Exceed.Core.Conversations;
using Exceed.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Exceed.Web.Channels;

/// <summary>/api/v1/channels: integrations that bring WeChat, SMS and marketplace messages in.</summary>
internal static class ChannelsApi
{
    /// <summary>Ten 10 MB attachments, base64-encoded, plus the text.</summary>
    private const long MaxMessageBody = (long)(Limits.AttachmentsPerMessage * Limits.AttachmentBytes * 1.37) + 256 * 1024;

    public static void MapChannelsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/channels").WithTags("Channels");

        group.MapGet("/", async (ApiChannelService channels, CancellationToken ct) => TypedResults.Ok(await channels.ListAsync(ct)))
            .RequireAuthorization(WebSetup.AdminPolicy)
            .WithSummary("The API channels (without their webhook secrets).");

        group.MapPost("/", async (ApiChannelInput input, ApiChannelService channels, HttpContext http, CancellationToken ct) =>
                (await channels.CreateAsync(input, http.User.Actor(), ct)).ToResult(c => TypedResults.Created($"/api/v1/channels/{c.Id}", c)))
            .RequireAuthorization(WebSetup.AdminPolicy)
            .WithSummary("Create an API channel; the answer holds the webhook secret, shown only this once.");

        group.MapPost("/{id:guid}/messages", async (Guid id, ApiMessageInput input, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
                ApiChannelService channels, CancellationToken ct) =>
                (await channels.ReceiveAsync(id, input, idempotencyKey, ct)).ToResult(r => r.Duplicate
                    ? TypedResults.Ok(r)
                    : TypedResults.Created($"/api/v1/conversations/{r.ConversationId}", r)))
            .RequireAuthorization(WebSetup.StaffPolicy)
            .WithMetadata(new RequestSizeLimitAttribute(MaxMessageBody))
            .WithSummary("A customer message from the integration. 201 when stored; 200 with duplicate=true when this messageId was stored before.");
    }
}
