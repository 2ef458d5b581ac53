using Exceed.Core.Common;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Exceed.Core.Events;
using Exceed.Core.Recognition;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Calls;

/// <summary>A call the phone system reported, with the card of who is calling (null when we do not know them yet).</summary>
public sealed record IncomingCall(Guid CallId, string Caller, string? Called, DateTimeOffset ReceivedAt, CustomerCard? Card);

public sealed record IncomingCallInput(string? Caller, string? Called, string? CallId);

/// <summary>Records incoming calls and tells every agent screen who is on the line.</summary>
public sealed class CallService(ExceedDb db, IdentityNormalizer normalizer, RecognitionService recognition, IEventBus bus, TimeProvider clock)
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
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return RepeatedCall(callId);
        }
        var incoming = new IncomingCall(call.Id, call.Caller, call.Called, call.ReceivedAt, card);
        await bus.PublishAsync(incoming, ct);
        return incoming;
    }

    private static Problem RepeatedCall(string callId) =>
        Problem.Conflict($"Call {callId} was already reported; the phone system sent it twice, and it was recorded once.");
}
