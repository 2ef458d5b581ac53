using Exceed.Core.Calls;
using Exceed.Web.Infrastructure;

namespace Exceed.Web.Calls;

/// <summary>/api/v1/calls: the phone system's webhook.</summary>
internal static class CallsApi
{
    public static void MapCallsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/calls/incoming", async (IncomingCallInput input, CallService calls, CancellationToken ct) =>
                (await calls.ReceiveAsync(input, ct)).ToResult(c => TypedResults.Ok(c)))
            .WithTags("Calls")
            .RequireAuthorization(WebSetup.StaffPolicy)
            .WithSummary("Report a ringing call (caller, called, callId): it is recorded and the caller's card pops on every agent's screen.");
    }
}
