namespace Exceed.Core.Import;

public enum ImportMode
{
    /// <summary>Any bad row and nothing is written: the shop fixes the file and imports it again.</summary>
    AllOrNothing,
    /// <summary>The good rows are written and the bad ones reported, to be fixed and imported later.</summary>
    GoodRowsOnly,
}

/// <summary>What the file looks like and how we propose to read it, before anything is checked.</summary>
public sealed record ImportPreview(string FileName, ColumnMapping Mapping, IReadOnlyList<SheetRow> FirstRows, int RowCount);

/// <summary>The outcome of a dry run or an import: counts, every refused row, and whether anything was written.</summary>
public sealed record ImportReport(string FileName, ColumnMapping Mapping, int RowCount, int GoodRowCount, int BadRowCount,
    IReadOnlyList<RowError> Errors, bool Applied, int CreatedCount)
{
    public static ImportReport From(string fileName, ColumnMapping mapping, ImportPlan plan, bool applied) =>
        new(fileName, mapping, plan.RowCount, plan.GoodRowCount, plan.BadRowCount, plan.Errors, applied, applied ? plan.GoodRowCount : 0);
}
