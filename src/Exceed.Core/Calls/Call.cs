namespace Exceed.Core.Calls;

/// <summary>An incoming call reported by the phone system.</summary>
public sealed class Call
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string ExternalCallId { get; set; }
    public required string Caller { get; set; }
    public string? Called { get; set; }
    public Guid? CustomerId { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}
