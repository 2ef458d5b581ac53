using System.Security.Claims;
using Exceed.Core.Common;
using Exceed.Core.Quality;
using Exceed.Core.Staff;
using Exceed.Web.Infrastructure;
using Exceed.Web.Staff;

namespace Exceed.Web.Quality;

/// <summary>/api/v1/quality: quality review (质检) of sent replies; leads see everyone, an agent only their own.</summary>
internal static class QualityApi
{
    public static void MapQualityApi(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("/quality").WithTags("Quality").RequireAuthorization(WebSetup.StaffPolicy);

        staff.MapGet("/report", async ([AsParameters] QualityQuery query, QualityReview review, HttpContext http, CancellationToken ct) =>
            Visible(http.User, query) is { } denied ? denied.ToResult() : (await review.RunAsync(Scoped(http.User, query), ct)).ToResult(r => TypedResults.Ok(r)))
            .WithSummary("Quality review of sent replies: from/to (yyyy-MM-dd, the shop's days, inclusive; default the last 30 days), by (day|week), "
                + "team, agentId → overall, agents, rules (fired, overridden, overrideRate, examples), trend and examples. An agent sees only their own.");
    }

    public static bool SeesEveryone(this ClaimsPrincipal user) => user.IsInRole(Roles.Lead) || user.IsInRole(Roles.Admin);

    /// <summary>An agent asking for someone else's scores, or a team's, is refused rather than quietly shown their own.</summary>
    public static Problem? Visible(ClaimsPrincipal user, QualityQuery query)
    {
        if (user.SeesEveryone())
        {
            return null;
        }
        if (query.AgentId is { Length: > 0 } other && other != user.Agent().Id)
        {
            return new Problem(403, "Forbidden", "Agents see only their own quality review; leave agentId out, or ask a lead for a colleague's.");
        }
        return query.Team is { Length: > 0 }
            ? new Problem(403, "Forbidden", "Agents see only their own quality review, not a team's; leave team out, or ask a lead.")
            : null;
    }

    public static QualityQuery Scoped(ClaimsPrincipal user, QualityQuery query) =>
        user.SeesEveryone() ? query : query with { AgentId = user.Agent().Id, Team = null };
}
