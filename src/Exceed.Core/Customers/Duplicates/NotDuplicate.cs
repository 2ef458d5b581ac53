namespace Exceed.Core.Customers.Duplicates;

/// <summary>A person looked at two look-alike customers and said they are different people; the pair is not suggested again.</summary>
public sealed class NotDuplicate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>The smaller of the two ids, so a pair is stored once whichever way round it was dismissed.</summary>
    public Guid CustomerA { get; set; }
    public Guid CustomerB { get; set; }
    public required string Actor { get; set; }
    public DateTimeOffset At { get; set; }

    public static (Guid A, Guid B) Order(Guid x, Guid y) => x.CompareTo(y) <= 0 ? (x, y) : (y, x);
}
