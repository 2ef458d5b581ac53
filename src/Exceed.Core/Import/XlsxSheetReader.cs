using System.Globalization;
using ClosedXML.Excel;
using Exceed.Core.Common;

namespace Exceed.Core.Import;

/// <summary>Reads the first worksheet of an Excel workbook; its first used row holds the column names.</summary>
public static class XlsxSheetReader
{
    public static Outcome<SheetTable> Read(byte[] bytes, string fileName)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(new MemoryStream(bytes, writable: false));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return SheetReader.Unreadable($"{fileName} could not be opened as an Excel workbook (.xlsx); open it in Excel, save it again, or export it as CSV.");
        }
        using (workbook)
        {
            var sheet = workbook.Worksheets.FirstOrDefault();
            var used = sheet?.RangeUsed();
            if (sheet is null || used is null)
            {
                return new SheetTable([], []);
            }
            var headerRow = used.FirstRow().RowNumber();
            var lastRow = used.LastRow().RowNumber();
            var lastColumn = used.LastColumn().ColumnNumber();
            if (lastRow - headerRow > ImportLimits.MaxRows)
            {
                return SheetReader.Unreadable(ImportLimits.TooManyRows(fileName));
            }
            var headers = Enumerable.Range(1, lastColumn).Select(c => Text(sheet.Cell(headerRow, c)).Trim()).ToArray();
            var rows = new List<SheetRow>();
            for (var line = headerRow + 1; line <= lastRow; line++)
            {
                var row = new SheetRow(line, Enumerable.Range(1, lastColumn).Select(c => Text(sheet.Cell(line, c))).ToArray());
                if (!row.IsEmpty)
                {
                    rows.Add(row);
                }
            }
            return new SheetTable(headers, rows);
        }
    }

    /// <summary>A cell as the shop owner sees it: phones stored as numbers keep every digit, dates read as yyyy-MM-dd.</summary>
    private static string Text(IXLCell cell)
    {
        var value = cell.HasFormula ? cell.CachedValue : cell.Value;
        return value switch
        {
            null => "",
            DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime d => d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            double n when n == Math.Floor(n) && Math.Abs(n) < 1e15 => n.ToString("0", CultureInfo.InvariantCulture),
            double n => n.ToString(CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
    }
}
