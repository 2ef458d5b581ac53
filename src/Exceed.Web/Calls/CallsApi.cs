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
        api.MapPost("/calls/ended", async (CallEndInput input, CallService calls, CancellationToken ct) =>
                (await calls.EndAsync(input, ct)).ToResult(e => TypedResults.Ok(new { e.Id, e.ConversationId, e.CallAnsweredAt, e.CallEndedAt, e.RecordingUrl })))
            .WithTags("Calls")
            .RequireAuthorization(WebSetup.StaffPolicy)
            .WithSummary("Report that a call ended (answeredAt, endedAt, recordingUrl): the call's entry in the conversation shows its duration and recording.");
    }
}
