using Exceed.Web.Infrastructure;

namespace Exceed.Web.Staff;

/// <summary>/api/v1/staff and /api/v1/api-keys: admin only.</summary>
internal static class StaffApi
{
    public static void MapStaffApi(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("/staff").WithTags("Staff").RequireAuthorization(WebSetup.AdminPolicy);
        staff.MapGet("/", async (StaffAdministration admin) => TypedResults.Ok(await admin.ListAsync()));
        staff.MapPost("/", async (StaffInput input, StaffAdministration admin, HttpContext http) =>
            (await admin.AddStaffAsync(input, http.User.Actor())).ToResult(s => TypedResults.Created($"/api/v1/staff/{s.Id}", s)));

        var keys = api.MapGroup("/api-keys").WithTags("Staff").RequireAuthorization(WebSetup.AdminPolicy);
        keys.MapGet("/", async (StaffAdministration admin) =>
            TypedResults.Ok((await admin.ApiKeysAsync()).Select(k => new ApiKeyView(k.Id, k.Name, k.Role, k.CreatedAt, k.RevokedAt))));
        keys.MapPost("/", async (ApiKeyInput input, StaffAdministration admin, HttpContext http) =>
            (await admin.CreateApiKeyAsync(input, http.User.Actor())).ToResult(k => TypedResults.Ok(k)))
            .WithSummary("Create a key; its value is shown once, only its hash is kept.");
        keys.MapDelete("/{id:guid}", async (Guid id, StaffAdministration admin, HttpContext http) =>
            (await admin.RevokeApiKeyAsync(id, http.User.Actor())).ToResult(_ => TypedResults.NoContent()));
    }
}

/// <summary>An API key as the admin sees it: never its value or hash.</summary>
internal sealed record ApiKeyView(Guid Id, string Name, string Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
