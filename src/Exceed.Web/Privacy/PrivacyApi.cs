using Exceed.Core.Privacy;
using Exceed.Web.Infrastructure;

namespace Exceed.Web.Privacy;

/// <summary>Export and erase one customer's data (lead or admin).</summary>
internal static class PrivacyApi
{
    public static void MapPrivacyApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/customers").WithTags("Privacy").RequireAuthorization(WebSetup.LeadPolicy);
        group.MapGet("/{id:guid}/export", async (Guid id, PrivacyService privacy, HttpContext http, CancellationToken ct) =>
                (await privacy.ExportAsync(id, http.User.Actor(), ct)).ToResult(export =>
                {
                    http.Response.Headers.ContentDisposition = $"attachment; filename=customer-{id}.json";
                    return TypedResults.Ok(export);
                }))
            .WithSummary("Everything held about one customer, as JSON.");
        group.MapDelete("/{id:guid}", async (Guid id, PrivacyService privacy, HttpContext http, CancellationToken ct) =>
                (await privacy.EraseAsync(id, http.User.Actor(), ct)).ToResult(_ => TypedResults.NoContent()))
            .WithSummary("Erase a customer: identities, preferences, purchases, wishes, notes and personal text in calls and the audit trail.");
    }
}
