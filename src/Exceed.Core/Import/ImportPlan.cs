using Exceed.Core.Customers;

namespace Exceed.Core.Import;

/// <summary>What an import would do: the customers it would create and every row it would refuse, with why.</summary>
public sealed record ImportPlan(IReadOnlyList<PlannedCustomer> Customers, IReadOnlyList<RowError> Errors, int RowCount)
{
    public int GoodRowCount => Customers.Count;
    public int BadRowCount => Errors.Select(e => e.Line).Distinct().Count();
    public bool IsClean => Errors.Count == 0;
}

/// <summary>A customer built from the row on <see cref="Line"/>, ready to insert.</summary>
public sealed record PlannedCustomer(int Line, Customer Customer);

/// <summary>A reason one row cannot be imported, on the line the shop owner sees in Excel.</summary>
public sealed record RowError(int Line, string? Column, string Reason)
{
    public override string ToString() => $"line {Line}: {Reason}";
}
