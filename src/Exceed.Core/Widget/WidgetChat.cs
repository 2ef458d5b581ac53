using Exceed.Core.Common;
using Exceed.Core.Conversations;
using Exceed.Core.Events;

namespace Exceed.Core.Widget;

/// <summary>A widget visitor's side of a chat: what they see on opening, what they write, and what they signal.</summary>
public sealed class WidgetChat(IntakeQueue intake, ChatThreads threads, IEventBus bus, TimeProvider clock)
{
    public async Task<VisitorView> OpenAsync(string visitorId, CancellationToken ct = default)
    {
        var conversation = await threads.OpenConversationAsync(visitorId, ct);
        var lines = conversation is { } id ? await threads.LinesAsync(id, ct) : [];
        var minutes = await threads.MedianFirstResponseMinutesAsync(clock.GetUtcNow(), ct: ct);
        return new VisitorView(conversation, lines, minutes);
    }

    /// <summary>Hands the visitor's message to the one door every channel uses; a retried send (same clientId) is stored once.</summary>
    public async Task<Outcome<IntakeResult>> SendAsync(string visitorId, VisitorMessage message, Shopper? shopper, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        errors.Limit("clientId", message.ClientId, "Client message id", 100);
        errors.Limit("name", message.Name, "Name", 200);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        return await intake.ReceiveAsync(new InboundMessage
        {
            Channel = ChannelKind.Chat,
            ThreadKey = visitorId,
            FromKind = shopper?.Kind,
            FromValue = shopper?.Value,
            SenderName = message.Name,
            Text = message.Text,
            DedupeKey = string.IsNullOrWhiteSpace(message.ClientId) ? null : $"widget:{visitorId}:{message.ClientId.Trim()}",
        }, ct);
    }

    /// <summary>Typing or read, from the visitor or an agent, heard by whoever watches the conversation.</summary>
    public async Task<Outcome<WidgetSignal>> SignalAsync(Guid conversationId, SignalSide from, SignalKind kind, CancellationToken ct = default)
    {
        if (!await threads.IsChatAsync(conversationId, ct))
        {
            return Problem.NotFound($"No chat conversation with id {conversationId}; typing and read are only for chats.");
        }
        var signal = new WidgetSignal(conversationId, from, kind, clock.GetUtcNow());
        await bus.PublishAsync(signal, ct);
        return signal;
    }
}

public sealed record VisitorMessage(string? Text, string? ClientId, string? Name);

/// <summary>What the widget shows on opening: the thread so far and how quickly we usually answer.</summary>
public sealed record VisitorView(Guid? ConversationId, IReadOnlyList<ChatLine> Lines, int? UsualReplyMinutes);
