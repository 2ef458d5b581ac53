namespace Exceed.Core.Import;

/// <summary>A spreadsheet as read from a file: the header row and every non-empty data row.</summary>
public sealed record SheetTable(IReadOnlyList<string> Headers, IReadOnlyList<SheetRow> Rows);

/// <summary>One data row; <see cref="Line"/> is the line the shop owner sees in Excel (the header is line 1).</summary>
public sealed record SheetRow(int Line, IReadOnlyList<string> Cells)
{
    public string Cell(int column) => column < Cells.Count ? Cells[column] : "";

    public bool IsEmpty => Cells.All(string.IsNullOrWhiteSpace);
}
