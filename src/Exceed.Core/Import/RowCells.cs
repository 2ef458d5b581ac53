namespace Exceed.Core.Import;

/// <summary>The cells of one row looked up by field instead of by column.</summary>
internal sealed class RowCells(SheetRow row, ColumnMapping mapping)
{
    /// <summary>The first non-empty cell mapped to a single-valued field such as the name.</summary>
    public Cell First(ImportField field)
    {
        foreach (var column in mapping.ColumnsOf(field))
        {
            if (row.Cell(column).Trim() is { Length: > 0 } text)
            {
                return new Cell(column, mapping.Header(column), text);
            }
        }
        return new Cell(mapping.ColumnsOf(field).DefaultIfEmpty(-1).First(), mapping.ColumnsOf(field).Select(mapping.Header).FirstOrDefault() ?? "", "");
    }

    /// <summary>Every value of a field that may hold several, across all its columns.</summary>
    public IEnumerable<(int Column, string Text)> Values(ImportField field) =>
        mapping.ColumnsOf(field).SelectMany(c => CellValues.Split(row.Cell(c)).Select(v => (c, v)));

    public readonly record struct Cell(int Index, string Column, string Text);
}
