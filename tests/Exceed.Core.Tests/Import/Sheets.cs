using System.Text;
using ClosedXML.Excel;
using Exceed.Core.Import;

namespace Exceed.Core.Tests.Import;

/// <summary>Builds spreadsheet files the way shops produce them, for the import tests.</summary>
internal static class Sheets
{
    public static byte[] Csv(string text, Encoding? encoding = null) => (encoding ?? new UTF8Encoding(false)).GetBytes(text);

    public static byte[] Xlsx(params object[][] rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("客户");
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                sheet.Cell(r + 1, c + 1).Value = rows[r][c];
            }
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public static SheetTable Table(string csv) => CsvSheetReader.Read(Csv(csv), "test.csv").Value!;

    public static string SamplePath(string name)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Exceed.slnx")))
        {
            folder = folder.Parent;
        }
        return Path.Combine(folder!.FullName, "docs", "samples", name);
    }
}
