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
        var caller = normalizer.NormalizePhone(input.Caller ?? "");
        if (!caller.IsValid)
        {
            errors.Add("caller", caller.Error!);
        }
        IdentityResult? called = string.IsNullOrWhiteSpace(input.Called) ? null : normalizer.NormalizePhone(input.Called);
        if (called is { IsValid: false })
        {
            errors.Add("called", called.Value.Error!);
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var callId = input.CallId!.Trim();
        if (await db.Calls.AsNoTracking().AnyAsync(c => c.ExternalCallId == callId, ct))
        {
            return Problem.Conflict($"Call {callId} was already reported; the phone system sent it twice.");
        }
        var result = await recognition.IdentifyAsync(IdentityKind.Phone, caller.Value, null, ct);
        var call = new Call
        {
            ExternalCallId = callId,
            Caller = caller.Value,
            Called = called?.Value,
            CustomerId = result.Card?.Id,
            ReceivedAt = clock.GetUtcNow(),
        };
        db.Calls.Add(call);
        await db.SaveChangesAsync(ct);
        var incoming = new IncomingCall(call.Id, call.Caller, call.Called, call.ReceivedAt, result.Card);
        await bus.PublishAsync(incoming, ct);
        return incoming;
    }
}
