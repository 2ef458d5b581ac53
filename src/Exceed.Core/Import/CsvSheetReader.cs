using CsvHelper;
using Exceed.Core.Common;

namespace Exceed.Core.Import;

/// <summary>Reads CSV (or tab-separated .txt) in UTF-8 or GB18030, separated by commas, semicolons or tabs.</summary>
public static class CsvSheetReader
{
    public static Outcome<SheetTable> Read(byte[] bytes, string fileName)
    {
        var (encoding, bom) = TextEncodingDetector.Detect(bytes);
        var text = encoding.GetString(bytes, bom, bytes.Length - bom);
        var options = new CsvReaderOptions
        {
            Separator = DetectSeparator(text),
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
        };
        using var reader = CsvReader.FromText(text, options);
        var headers = reader.Headers.Select(h => h.Trim()).ToArray();
        var rows = new List<SheetRow>();
        while (reader.Read())
        {
            var row = new SheetRow((int)reader.LineNumber, reader.Current.ToArray());
            if (row.IsEmpty)
            {
                continue;
            }
            if (rows.Count == ImportLimits.MaxRows)
            {
                return SheetReader.Unreadable(ImportLimits.TooManyRows(fileName));
            }
            rows.Add(row);
        }
        return new SheetTable(headers, rows);
    }

    /// <summary>Picks the separator that occurs most in the header line, outside quotes.</summary>
    public static char DetectSeparator(string text)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"') { quoted = !quoted; }
            else if (!quoted && c is '\n' or '\r') { break; }
            else if (!quoted && c == ',') { commas++; }
            else if (!quoted && c == ';') { semicolons++; }
            else if (!quoted && c == '\t') { tabs++; }
        }
        return tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }
}
