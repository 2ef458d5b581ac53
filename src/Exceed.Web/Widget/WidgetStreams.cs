using System.Collections.Concurrent;
using System.Threading.Channels;
using Exceed.Core.Conversations;
using Exceed.Core.Events;
using Exceed.Core.Widget;

namespace Exceed.Web.Widget;

/// <summary>Something the widget hears on its live stream: a line, or the agent typing or reading.</summary>
internal sealed record StreamEvent(string Type, object Data);

/// <summary>The open widget streams of this node, found by conversation: one bus listener fans each change out to them.</summary>
internal sealed class WidgetStreams : IDisposable
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Guid, VisitorStream>> byConversation = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, VisitorStream>> byVisitor = new();
    private readonly IServiceScopeFactory scopes;
    private readonly IDisposable changes;
    private readonly IDisposable signals;

    public WidgetStreams(IEventBus bus, IServiceScopeFactory scopes)
    {
        this.scopes = scopes;
        changes = bus.Subscribe<ConversationChanged>(OnChangedAsync);
        signals = bus.Subscribe<WidgetSignal>(OnSignal);
    }

    public int OpenCount => byVisitor.Values.Sum(v => v.Count);

    public VisitorStream Open(string visitorId, Guid? conversationId)
    {
        var stream = new VisitorStream(visitorId);
        byVisitor.GetOrAdd(visitorId, _ => new())[stream.Id] = stream;
        if (conversationId is { } id)
        {
            Attach(stream, id);
        }
        return stream;
    }

    public void Close(VisitorStream stream)
    {
        if (byVisitor.TryGetValue(stream.VisitorId, out var mine))
        {
            mine.TryRemove(stream.Id, out _);
        }
        if (stream.ConversationId is { } id && byConversation.TryGetValue(id, out var watching))
        {
            watching.TryRemove(stream.Id, out _);
        }
        stream.Complete();
    }

    /// <summary>The visitor's first message started a conversation: their open streams now follow it, and hear the line.</summary>
    public void Started(string visitorId, Guid conversationId, ChatLine line)
    {
        if (!byVisitor.TryGetValue(visitorId, out var mine))
        {
            return;
        }
        foreach (var stream in mine.Values.Where(s => s.ConversationId != conversationId))
        {
            Attach(stream, conversationId);
            stream.Push(new StreamEvent("line", line));
        }
    }

    private void Attach(VisitorStream stream, Guid conversationId)
    {
        stream.ConversationId = conversationId;
        byConversation.GetOrAdd(conversationId, _ => new())[stream.Id] = stream;
    }

    private async Task OnChangedAsync(ConversationChanged change)
    {
        if (change.EntryId is not { } entryId || change.Kind is not (ChangeKind.Created or ChangeKind.CustomerWrote or ChangeKind.AgentReplied)
            || !byConversation.TryGetValue(change.ConversationId, out var watching) || watching.IsEmpty)
        {
            return;
        }
        using var scope = scopes.CreateScope();
        if (await scope.ServiceProvider.GetRequiredService<ChatThreads>().LineAsync(entryId) is not { } line)
        {
            return;
        }
        foreach (var stream in watching.Values)
        {
            stream.Push(new StreamEvent("line", line));
        }
    }

    private Task OnSignal(WidgetSignal signal)
    {
        if (signal.From == SignalSide.Agent && byConversation.TryGetValue(signal.ConversationId, out var watching))
        {
            var type = signal.Kind == SignalKind.Typing ? "typing" : "read";
            foreach (var stream in watching.Values)
            {
                stream.Push(new StreamEvent(type, new { at = signal.At }));
            }
        }
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        changes.Dispose();
        signals.Dispose();
    }
}

/// <summary>One open widget connection: a small queue its SSE response drains; a visitor too slow to drain it loses the oldest.</summary>
internal sealed class VisitorStream(string visitorId)
{
    private readonly Channel<StreamEvent> queue = Channel.CreateBounded<StreamEvent>(new BoundedChannelOptions(200) { FullMode = BoundedChannelFullMode.DropOldest });

    public Guid Id { get; } = Guid.NewGuid();
    public string VisitorId { get; } = visitorId;
    public Guid? ConversationId { get; set; }

    public void Push(StreamEvent e) => queue.Writer.TryWrite(e);

    public void Complete() => queue.Writer.TryComplete();

    public IAsyncEnumerable<StreamEvent> ReadAllAsync(CancellationToken ct) => queue.Reader.ReadAllAsync(ct);
}
