namespace Exceed.Core.Audit;

/// <summary>Who changed what, and when. Never edited, never deleted.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string Subject { get; set; }
    public Guid? CustomerId { get; set; }
    /// <summary>What changed, as JSON.</summary>
    public string? Detail { get; set; }
}
