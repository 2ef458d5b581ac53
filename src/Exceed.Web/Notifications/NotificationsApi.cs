using Exceed.Core.Notifications;
using Exceed.Web.Infrastructure;
using Exceed.Web.Staff;

namespace Exceed.Web.Notifications;

/// <summary>/api/v1/notifications: the signed-in staff member's own notifications (breached deadlines, follow-ups due).</summary>
internal static class NotificationsApi
{
    public static void MapNotificationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization(WebSetup.StaffPolicy);

        group.MapGet("/", async (bool? unread, int? limit, NotificationService notifications, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await notifications.MineAsync(http.User.Agent().Id, unread ?? false, limit ?? 50, ct)))
            .WithSummary("My notifications, newest first: unread=true for only the unread ones; limit 1-200 (default 50).");

        group.MapPost("/{id:guid}/read", async (Guid id, NotificationService notifications, HttpContext http, CancellationToken ct) =>
                (await notifications.MarkReadAsync(id, http.User.Agent().Id, ct)).ToResult(n => TypedResults.Ok(n)))
            .WithSummary("Mark one of my notifications read.");
    }
}
