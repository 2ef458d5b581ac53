using Exceed.Core.Calls;
using Exceed.Core.Conversations;
using Exceed.Core.Events;

namespace Exceed.Core.Tests.Events;

/// <summary>What one node accepts from another: only listed event types, read back whole.</summary>
public sealed class EventWireTests
{
    private static readonly Guid Sender = Guid.NewGuid();
    private readonly EventWire wire = new(EventTypes.Exceed());

    [Fact]
    public void Incoming_call_arrives_on_the_other_node_as_it_was_sent()
    {
        var call = new IncomingCall(Guid.NewGuid(), "+8613800138000", "021 6888 8888", DateTimeOffset.Parse("2026-11-23T01:30:00Z"), null);

        var read = wire.Read(wire.Write(typeof(IncomingCall), call, Sender)!);

        Assert.Equal(call, read.Event);
        Assert.Equal(Sender, read.Node);
    }

    [Fact]
    public void Conversation_change_keeps_its_kind_and_owner()
    {
        var change = new ConversationChanged(Guid.NewGuid(), Guid.NewGuid(), ChangeKind.HandedOff, Guid.NewGuid(), "agent-7");

        var read = wire.Read(wire.Write(typeof(ConversationChanged), change, Sender)!);

        Assert.Equal(change, read.Event);
    }

    [Fact]
    public void Message_naming_a_dotnet_type_is_refused_without_building_it()
    {
        var message = $$"""{"type":"System.IO.FileInfo, System.IO.FileSystem","node":"{{Sender}}","event":{"fileName":"/etc/passwd"} }""";

        var read = wire.Read(message);

        Assert.Null(read.Event);
        Assert.Contains("not one this node accepts", read.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_that_is_not_json_is_refused()
    {
        var read = wire.Read("PING");

        Assert.Null(read.Event);
        Assert.NotNull(read.Refusal);
    }

    [Fact]
    public void Message_without_an_event_body_is_refused()
    {
        var read = wire.Read($$"""{"type":"incoming-call","node":"{{Sender}}"}""");

        Assert.Null(read.Event);
        Assert.NotNull(read.Refusal);
    }

    [Fact]
    public void Unlisted_event_stays_on_its_node()
    {
        Assert.Null(wire.Write(typeof(Uri), new Uri("http://127.0.0.1/"), Sender));
    }

    [Fact]
    public void Two_events_cannot_share_a_name()
    {
        Assert.Throws<InvalidOperationException>(() => EventTypes.Exceed().Allow<Uri>("incoming-call"));
    }
}
