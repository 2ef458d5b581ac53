using System.Security.Claims;
using Exceed.Core.Common;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Exceed.Core.Replies;
using Exceed.Core.Staff;
using Exceed.Web.Infrastructure;
using Exceed.Web.Staff;

namespace Exceed.Web.Replies;

/// <summary>/api/v1/replies: canned replies (leads keep them, agents use them), greetings and farewells, and phrase completions.</summary>
internal static class RepliesApi
{
    public static void MapRepliesApi(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("/replies").WithTags("Replies").RequireAuthorization(WebSetup.StaffPolicy);
        var lead = api.MapGroup("/replies").WithTags("Replies").RequireAuthorization(WebSetup.LeadPolicy);

        staff.MapGet("/", async (string? language, string? q, int? limit, CannedReplyService replies, CancellationToken ct) =>
            TypedResults.Ok(await replies.ListAsync(language, q, limit ?? 200, ct)))
            .WithSummary("Canned replies, filtered by language (zh-Hans|zh-Hant|en) and q (in title or shortcut; Simplified and Traditional find each other).");
        staff.MapGet("/{id:guid}", async (Guid id, CannedReplyService replies, CancellationToken ct) =>
            (await replies.GetAsync(id, ct)).ToResult(r => TypedResults.Ok(r)));
        staff.MapGet("/{id:guid}/filled", async (Guid id, Guid? conversationId, CannedReplyService replies, HttpContext http, CancellationToken ct) =>
            (await replies.FillAsync(id, conversationId, http.User.Agent(), ct)).ToResult(r => TypedResults.Ok(r)))
            .WithSummary("The reply with {name}, {greeting}, {order} and {agent} filled from the conversation's customer card → {id, title, language, text} (plain text).");
        lead.MapPost("/", async (CannedReplyInput input, CannedReplyService replies, HttpContext http, CancellationToken ct) =>
            (await replies.AddAsync(input, http.User.Actor(), ct)).ToResult(r => TypedResults.Created($"/api/v1/replies/{r.Id}", r)))
            .WithSummary("Add a canned reply: {language, title, shortcut, body}; body may use {name}, {greeting}, {order}, {agent}.");
        lead.MapPut("/{id:guid}", async (Guid id, CannedReplyInput input, CannedReplyService replies, HttpContext http, CancellationToken ct) =>
            (await replies.UpdateAsync(id, input, http.User.Actor(), ct)).ToResult(r => TypedResults.Ok(r)));
        lead.MapDelete("/{id:guid}", async (Guid id, CannedReplyService replies, CancellationToken ct) =>
            (await replies.DeleteAsync(id, ct)).ToResult(_ => TypedResults.NoContent()));

        staff.MapGet("/moments", async (MomentTemplateService moments, HttpContext http, CancellationToken ct) =>
            TypedResults.Ok(await moments.ListAsync(http.User.Agent(), ct)))
            .WithSummary("The team's greeting and farewell templates and your own.");
        staff.MapPost("/moments", async (MomentTemplateInput input, MomentTemplateService moments, HttpContext http, CancellationToken ct) =>
            (await moments.AddAsync(input, http.User.Agent(), IsLead(http.User), ct)).ToResult(t => TypedResults.Created($"/api/v1/replies/moments/{t.Id}", t)))
            .WithSummary("Add a template: {moment: greeting|farewell, language, body, channel?, dayPart? (morning|noon|afternoon|evening), personal (default true; false = whole team, leads only)}.");
        staff.MapDelete("/moments/{id:guid}", async (Guid id, MomentTemplateService moments, HttpContext http, CancellationToken ct) =>
            (await moments.DeleteAsync(id, http.User.Agent(), IsLead(http.User), ct)).ToResult(_ => TypedResults.NoContent()));
        staff.MapGet("/moments/offer", async (string? moment, Guid? conversationId, string? language, MomentTemplateService moments, HttpContext http, CancellationToken ct) =>
            Enum.TryParse<Moment>(moment, ignoreCase: true, out var which) && Enum.IsDefined(which)
                ? (IResult)TypedResults.Ok(await moments.OfferAsync(which, conversationId, language, http.User.Agent(), ct))
                : Problem.Invalid("moment", "Moment must be greeting or farewell.").ToResult())
            .WithSummary("The greeting or farewell to offer now: the agent's own, else the team's, else the shipped default; filled for the conversation.");

        staff.MapGet("/completions", async (string? text, string? language, PhraseCompletions completions, ExceedDb db, CancellationToken ct) =>
            Languages.Match(language) is { } lang && Languages.Supported.Contains(lang)
                ? (IResult)TypedResults.Ok(await completions.CompleteAsync(db, text ?? "", lang, ct))
                : Problem.Invalid("language", "Language must be zh-Hans, zh-Hant or en.").ToResult())
            .WithSummary("Recommended phrases that complete the end of text: [{phrase, replace (characters at the end of text to replace), category}].");
    }

    private static bool IsLead(ClaimsPrincipal user) => user.IsInRole(Roles.Lead) || user.IsInRole(Roles.Admin);
}
