using Exceed.Core.Common;
using Exceed.Core.Conversations;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Exceed.Core.Events;
using Exceed.Core.Recognition;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Calls;

/// <summary>A call the phone system reported, with the card of who is calling (null when we do not know them yet).</summary>
public sealed record IncomingCall(Guid CallId, string Caller, string? Called, DateTimeOffset ReceivedAt, CustomerCard? Card);

public sealed record IncomingCallInput(string? Caller, string? Called, string? CallId);

/// <summary>The phone system's report that a call ended: when it was answered and ended, and the recording if any.</summary>
public sealed record CallEndInput(string? CallId, DateTimeOffset? AnsweredAt, DateTimeOffset? EndedAt, string? RecordingUrl);

/// <summary>Records incoming calls and tells every agent screen who is on the line.</summary>
public sealed class CallService(ExceedDb db, IdentityNormalizer normalizer, RecognitionService recognition, ContactIntake intake, IEventBus bus, TimeProvider clock)
{
    public async Task<Outcome<IncomingCall>> ReceiveAsync(IncomingCallInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        errors.Require("callId", input.CallId, "Call id", 200);
        errors.Require("caller", input.Caller, "Caller (the number or 'anonymous' as the phone system reports it)", 40);
        errors.Limit("called", input.Called, "Called line", 40);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        // A withheld or odd caller id is still a call to record; it just has no card.
        var caller = normalizer.NormalizePhone(input.Caller!);
        var callerText = caller.IsValid ? caller.Value : input.Caller!.Trim();
        var called = string.IsNullOrWhiteSpace(input.Called) ? null
            : normalizer.NormalizePhone(input.Called) is { IsValid: true } line ? line.Value : input.Called.Trim();
        var callId = input.CallId!.Trim();
        if (await db.Calls.AsNoTracking().AnyAsync(c => c.ExternalCallId == callId, ct))
        {
            return RepeatedCall(callId);
        }
        var card = caller.IsValid ? (await recognition.IdentifyAsync(IdentityKind.Phone, caller.Value, null, ct)).Card : null;
        var call = new Call
        {
            ExternalCallId = callId,
            Caller = callerText,
            Called = called,
            CustomerId = card?.Id,
            ReceivedAt = clock.GetUtcNow(),
        };
        db.Calls.Add(call);
        // The call and its entry in the customer's conversation are saved together, by the intake.
        var logged = await intake.ReceiveAsync(new InboundMessage
        {
            Channel = ChannelKind.Phone,
            Kind = EntryKind.Call,
            CustomerId = card?.Id,
            ThreadKey = card is null ? callerText : null,
            SenderName = card?.DisplayName ?? callerText,
            Subject = callerText,
            DedupeKey = CallKey(callId),
        }, ct);
        if (logged.Problem is { } problem)
        {
            db.ChangeTracker.Clear();
            return problem;
        }
        if (logged.Value!.Duplicate)
        {
            db.ChangeTracker.Clear();
            return RepeatedCall(callId);
        }
        var incoming = new IncomingCall(call.Id, call.Caller, call.Called, call.ReceivedAt, card);
        await bus.PublishAsync(incoming, ct);
        return incoming;
    }

    /// <summary>The phone system reports the end of a call: its entry gets the answer and end times and the recording.</summary>
    public async Task<Outcome<ConversationEntry>> EndAsync(CallEndInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        errors.Require("callId", input.CallId, "Call id", 200);
        errors.Limit("recordingUrl", input.RecordingUrl, "Recording link", 1000);
        if (input.RecordingUrl is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var link) && link.Scheme is "http" or "https"))
        {
            errors.Add("recordingUrl", "The recording link must be an http(s) address.");
        }
        if (input.AnsweredAt is { } answered && input.EndedAt is { } ended && ended < answered)
        {
            errors.Add("endedAt", "The call cannot end before it was answered.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var key = CallKey(input.CallId!.Trim());
        var entry = await db.Set<ConversationEntry>().FirstOrDefaultAsync(e => e.DedupeKey == key, ct);
        if (entry is null)
        {
            return Problem.NotFound($"No call {input.CallId} was reported; send /calls/incoming first.");
        }
        entry.CallAnsweredAt = input.AnsweredAt?.ToUniversalTime() ?? entry.CallAnsweredAt;
        entry.CallEndedAt = input.EndedAt?.ToUniversalTime() ?? clock.GetUtcNow();
        entry.RecordingUrl = string.IsNullOrWhiteSpace(input.RecordingUrl) ? entry.RecordingUrl : input.RecordingUrl.Trim();
        await db.SaveChangesAsync(ct);
        await bus.PublishAsync(new ConversationChanged(entry.ConversationId, null, ChangeKind.Updated, entry.Id), ct);
        return entry;
    }

    private static string CallKey(string callId) => $"call:{callId}";

    private static Problem RepeatedCall(string callId) =>
        Problem.Conflict($"Call {callId} was already reported; the phone system sent it twice, and it was recorded once.");
}
