using Exceed.Core.Conversations;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Exceed.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Channels;

/// <summary>One pass over replies waiting to go out. Each is claimed by one node before it is sent, so several nodes never send it twice.</summary>
public sealed class DeliveryRound(ExceedDb db, IEnumerable<IReplySender> senders, IEventBus bus, TimeProvider clock)
{
    public const int MaxAttempts = 8;
    private static readonly TimeSpan Claim = TimeSpan.FromMinutes(2);

    /// <summary>Sends what is due; returns how many deliveries it handled.</summary>
    public async Task<int> RunOnceAsync(int batch = 20, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var due = await db.Set<OutboundDelivery>().AsNoTracking()
            .Where(d => d.DeliveredAt == null && d.FailedAt == null && d.NextAttemptAt <= now && (d.ClaimedUntil == null || d.ClaimedUntil < now))
            .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(batch).ToListAsync(ct);
        var handled = 0;
        foreach (var id in due)
        {
            var until = now + Claim;
            var claimed = await db.Set<OutboundDelivery>()
                .Where(d => d.Id == id && d.DeliveredAt == null && (d.ClaimedUntil == null || d.ClaimedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClaimedUntil, until), ct);
            if (claimed == 1)
            {
                await DeliverAsync(id, ct);
                handled++;
            }
        }
        return handled;
    }

    private async Task DeliverAsync(Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var delivery = await db.Set<OutboundDelivery>().FirstAsync(d => d.Id == id, ct);
        var entry = await db.Set<ConversationEntry>().FirstAsync(e => e.Id == delivery.EntryId, ct);
        var conversation = await db.Set<Conversation>().AsNoTracking().FirstAsync(c => c.Id == delivery.ConversationId, ct);
        var (kind, recipient) = await RecipientAsync(conversation, ct);
        string? error;
        try
        {
            error = senders.FirstOrDefault(s => s.Channel == delivery.Channel) is { } sender
                ? await sender.SendAsync(new OutgoingReply(delivery.Id, conversation, entry, kind, recipient), ct)
                : $"Nothing is set up to send {delivery.Channel} replies.";
        }
        catch (Exception failure) when (failure is HttpRequestException or IOException or TimeoutException or TaskCanceledException && !ct.IsCancellationRequested
                                        || failure.GetType().Namespace?.StartsWith("MailKit", StringComparison.Ordinal) == true)
        {
            error = failure.Message;
        }
        var now = clock.GetUtcNow();
        delivery.Attempts++;
        delivery.ClaimedUntil = null;
        if (error is null)
        {
            delivery.DeliveredAt = now;
            entry.Delivery = DeliveryState.Sent;
            entry.Warning = null;
        }
        else
        {
            delivery.LastError = error.Length > 1000 ? error[..1000] : error;
            entry.Warning = delivery.LastError;
            if (delivery.Attempts >= MaxAttempts)
            {
                delivery.FailedAt = now;
                entry.Delivery = DeliveryState.Failed;
            }
            else
            {
                delivery.NextAttemptAt = now + Backoff(delivery.Attempts);
            }
        }
        await db.SaveChangesAsync(ct);
        await bus.PublishAsync(new ConversationChanged(conversation.Id, conversation.CustomerId, ChangeKind.Delivered, entry.Id, conversation.OwnerId), ct);
    }

    /// <summary>10 s, 40 s, 2.5 min, … up to an hour between tries.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(3600, 10 * Math.Pow(4, attempts - 1)));

    private async Task<(string? Kind, string? Value)> RecipientAsync(Conversation conversation, CancellationToken ct)
    {
        if (conversation.CustomerId is not { } customer)
        {
            return (null, null);
        }
        IdentityKind? wanted = conversation.Channel switch
        {
            ChannelKind.Email => IdentityKind.Email,
            ChannelKind.Api => await db.Set<ApiChannel>().Where(c => c.Id == conversation.ChannelId).Select(c => (IdentityKind?)c.SenderKind).FirstOrDefaultAsync(ct),
            _ => null,
        };
        if (wanted is not { } kind)
        {
            return (null, null);
        }
        var value = await db.Identities.AsNoTracking().Where(i => i.CustomerId == customer && i.Kind == kind).Select(i => i.Value).FirstOrDefaultAsync(ct);
        return (kind.ToString().ToLowerInvariant(), value);
    }
}
