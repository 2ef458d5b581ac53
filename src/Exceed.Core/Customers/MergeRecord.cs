namespace Exceed.Core.Customers;

/// <summary>Two records became one: kept so a person can later see why and what moved.</summary>
public sealed class MergeRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SurvivorId { get; set; }
    public Guid MergedId { get; set; }
    public required string MergedName { get; set; }
    public required string Actor { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Reason { get; set; }
    /// <summary>Counts of what moved, as JSON.</summary>
    public required string Moved { get; set; }
}
