using Exceed.Core.Common;
using Exceed.Core.Conversations;
using Exceed.Core.Widget;
using Exceed.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Exceed.Web.Widget;

/// <summary>/widget.js, the anonymous visitor endpoints under /widget/api, the resume page /chat/{token}, and the agent's typing and read signals.</summary>
internal static class WidgetApi
{
    private const long MaxMessageBody = 64 * 1024;

    public static void MapWidgetApi(this WebApplication app, RouteGroupBuilder api)
    {
        app.MapGet("/widget.js", () => WidgetAssets.Script()).RequireCors(WidgetSetup.CorsPolicy).ExcludeFromDescription();
        app.MapGet("/chat/{token}", (string token, VisitorTokens tokens) => tokens.ReadResume(token) is null
                ? Results.Content(WidgetAssets.ExpiredPage, "text/html; charset=utf-8", statusCode: 404)
                : WidgetAssets.ResumePage(token))
            .ExcludeFromDescription();

        var widget = app.MapGroup("/widget/api").WithTags("Widget").RequireCors(WidgetSetup.CorsPolicy).AllowAnonymous();

        widget.MapPost("/start", async (StartInput input, VisitorTokens tokens, WidgetChat chat, CancellationToken ct) =>
            {
                string visitorId;
                if (input.Token is { Length: > 0 })
                {
                    if (tokens.Read(input.Token) is not { } known)
                    {
                        return Forged("token");
                    }
                    visitorId = known;
                }
                else if (input.Resume is { Length: > 0 })
                {
                    if (tokens.ReadResume(input.Resume) is not { } resumed)
                    {
                        return Forged("resume");
                    }
                    visitorId = resumed;
                }
                else
                {
                    visitorId = tokens.Issue().VisitorId;
                }
                var view = await chat.OpenAsync(visitorId, ct);
                return Results.Ok(new { token = tokens.For(visitorId), view.ConversationId, view.Lines, view.UsualReplyMinutes });
            })
            .WithSummary("Start a chat, or resume one with the visitor token the widget kept (or a resume link's token); returns the thread so far.");

        widget.MapPost("/messages", async (VisitorMessageInput input, [FromHeader(Name = WidgetSetup.VisitorHeader)] string? token,
                VisitorTokens tokens, WidgetSettings settings, WidgetChat chat, WidgetStreams streams, ChatThreads threads, CancellationToken ct) =>
            {
                if (tokens.Read(token) is not { } visitorId)
                {
                    return Forged(WidgetSetup.VisitorHeader);
                }
                var (shopper, forged) = ShopperSignature.Verify(settings.ShopSecret, input.CustomerEmail, input.CustomerPhone, input.CustomerToken);
                if (forged)
                {
                    return Problem.Invalid("customerToken", "The signed-in shopper's token does not match their email or phone; the shop's page must sign it with the shop secret (docs/widget.md).").ToResult();
                }
                var outcome = await chat.SendAsync(visitorId, new VisitorMessage(input.Text, input.ClientId, input.Name), shopper, ct);
                if (!outcome.Succeeded)
                {
                    return outcome.Problem!.ToResult();
                }
                var result = outcome.Value!;
                var line = await threads.LineAsync(result.EntryId, ct);
                if (result.NewConversation && line is not null)
                {
                    streams.Started(visitorId, result.ConversationId, line);
                }
                return Results.Json(new { result.ConversationId, result.Duplicate, line }, statusCode: result.Duplicate ? 200 : 201);
            })
            .WithMetadata(new RequestSizeLimitAttribute(MaxMessageBody))
            .WithSummary("The visitor writes. 201 when stored; 200 when this clientId was stored before.");

        widget.MapGet("/stream", async Task<IResult> (string? token, VisitorTokens tokens, ChatThreads threads, WidgetStreams streams, HttpContext http, CancellationToken ct) =>
            {
                if (tokens.Read(token) is not { } visitorId)
                {
                    return Forged("token");
                }
                var stream = streams.Open(visitorId, await threads.OpenConversationAsync(visitorId, ct));
                http.RequestAborted.Register(() => streams.Close(stream));
                return TypedResults.ServerSentEvents(Events(stream, ct));
            })
            .WithSummary("Server-sent events for the visitor: line (a message in the thread), typing and read (from the agent).");

        widget.MapPost("/typing", (HttpContext http, VisitorTokens tokens, ChatThreads threads, WidgetChat chat, CancellationToken ct) =>
                VisitorSignalAsync(http, tokens, threads, chat, SignalKind.Typing, ct))
            .WithSummary("The visitor is typing.");
        widget.MapPost("/read", (HttpContext http, VisitorTokens tokens, ChatThreads threads, WidgetChat chat, CancellationToken ct) =>
                VisitorSignalAsync(http, tokens, threads, chat, SignalKind.Read, ct))
            .WithSummary("The visitor has read the thread up to now.");

        widget.MapPost("/email", async (EmailInput input, [FromHeader(Name = WidgetSetup.VisitorHeader)] string? token, VisitorTokens tokens,
                WidgetResumeLinks links, HttpContext http, CancellationToken ct) =>
            {
                if (tokens.Read(token) is not { } visitorId)
                {
                    return Forged(WidgetSetup.VisitorHeader);
                }
                var link = new Uri(new Uri($"{http.Request.Scheme}://{http.Request.Host}"), $"/chat/{Uri.EscapeDataString(tokens.ResumeToken(visitorId))}");
                return (await links.LeaveAsync(visitorId, input.Email, link, ct)).ToResult(_ => TypedResults.Ok(new { link }));
            })
            .WithSummary("The visitor leaves an email to come back later: the link (/chat/{token}) reopens the same conversation.");

        var agents = api.MapGroup("/conversations").WithTags("Conversations").RequireAuthorization(WebSetup.StaffPolicy);
        agents.MapPost("/{id:guid}/typing", async (Guid id, WidgetChat chat, CancellationToken ct) =>
                (await chat.SignalAsync(id, SignalSide.Agent, SignalKind.Typing, ct)).ToResult(_ => TypedResults.NoContent()))
            .WithSummary("The agent is typing a reply: the chat visitor sees the typing indicator.");
        agents.MapPost("/{id:guid}/read", async (Guid id, WidgetChat chat, CancellationToken ct) =>
                (await chat.SignalAsync(id, SignalSide.Agent, SignalKind.Read, ct)).ToResult(_ => TypedResults.NoContent()))
            .WithSummary("The agent has read the chat: the visitor sees their messages marked read.");
    }

    private static async IAsyncEnumerable<System.Net.ServerSentEvents.SseItem<object>> Events(VisitorStream stream,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        yield return new System.Net.ServerSentEvents.SseItem<object>(new { stream.ConversationId }, "ready");
        await foreach (var e in stream.ReadAllAsync(ct))
        {
            yield return new System.Net.ServerSentEvents.SseItem<object>(e.Data, e.Type);
        }
    }

    private static async Task<IResult> VisitorSignalAsync(HttpContext http, VisitorTokens tokens, ChatThreads threads, WidgetChat chat, SignalKind kind, CancellationToken ct)
    {
        if (tokens.Read(http.Request.Headers[WidgetSetup.VisitorHeader]) is not { } visitorId)
        {
            return Forged(WidgetSetup.VisitorHeader);
        }
        if (await threads.OpenConversationAsync(visitorId, ct) is { } conversation)
        {
            await chat.SignalAsync(conversation, SignalSide.Visitor, kind, ct);
        }
        return TypedResults.NoContent();
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Forged(string field) => TypedResults.Problem(
        $"The {field} is not one this shop issued (or it has expired); start a new chat without it.",
        statusCode: StatusCodes.Status401Unauthorized, title: "Unknown visitor", extensions: new Dictionary<string, object?> { ["field"] = field });
}

internal sealed record StartInput(string? Token, string? Resume);

internal sealed record VisitorMessageInput(string? Text, string? ClientId, string? Name, string? CustomerEmail, string? CustomerPhone, string? CustomerToken);

internal sealed record EmailInput(string? Email);
