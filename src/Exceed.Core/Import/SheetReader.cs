using Exceed.Core.Common;

namespace Exceed.Core.Import;

/// <summary>Reads an uploaded CSV or Excel file into a <see cref="SheetTable"/>, or says why it cannot.</summary>
public static class SheetReader
{
    public static async Task<Outcome<SheetTable>> ReadAsync(Stream file, string fileName, CancellationToken ct = default)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!ImportLimits.Extensions.Contains(extension))
        {
            return Unreadable(extension == ".xls"
                ? $"{fileName} is an old Excel 97-2003 file; in Excel choose Save As → Excel Workbook (.xlsx) or CSV, then import that."
                : $"{fileName} is not a spreadsheet we can read; import a .csv, .txt or .xlsx file.");
        }
        var bytes = await ReadAllAsync(file, ct);
        if (bytes is null)
        {
            return new Problem(413, "The file is too large", $"{fileName} is larger than {ImportLimits.MaxBytes / 1024 / 1024} MB; split it into smaller files.");
        }
        var read = extension == ".xlsx" ? XlsxSheetReader.Read(bytes, fileName) : CsvSheetReader.Read(bytes, fileName);
        if (read.Value is { Headers.Count: 0 })
        {
            return Unreadable($"{fileName} is empty; the first row should hold the column names (姓名, 电话, ...).");
        }
        return read;
    }

    public static Problem Unreadable(string detail) => new(422, "The file cannot be imported", detail);

    /// <summary>Copies the upload into memory, or returns null once it passes the size limit.</summary>
    private static async Task<byte[]?> ReadAllAsync(Stream file, CancellationToken ct)
    {
        if (file.CanSeek)
        {
            if (file.Length > ImportLimits.MaxBytes)
            {
                return null;
            }
            file.Position = 0;
        }
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await file.ReadAsync(buffer, ct)) > 0)
        {
            if (memory.Length + read > ImportLimits.MaxBytes)
            {
                return null;
            }
            memory.Write(buffer, 0, read);
        }
        return memory.ToArray();
    }
}
