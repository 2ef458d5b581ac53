namespace Exceed.Core.Import;

/// <summary>Which field each column of the file fills; columns mapped to null are ignored.</summary>
public sealed class ColumnMapping
{
    public IReadOnlyList<string> Headers { get; }
    public IReadOnlyDictionary<int, ImportField?> Fields { get; }

    private ColumnMapping(IReadOnlyList<string> headers, IReadOnlyDictionary<int, ImportField?> fields)
    {
        Headers = headers;
        Fields = fields;
    }

    /// <summary>Our guess from the column names, which the person importing can then correct.</summary>
    public static ColumnMapping Propose(IReadOnlyList<string> headers) =>
        new(headers, headers.Select((h, i) => (i, HeaderSynonyms.Match(h))).ToDictionary(x => x.i, x => x.Item2));

    /// <summary>The proposal with the person's choices laid over it; columns they did not mention keep the guess.</summary>
    public static ColumnMapping WithOverrides(IReadOnlyList<string> headers, IReadOnlyDictionary<int, ImportField?>? overrides)
    {
        var fields = Propose(headers).Fields.ToDictionary();
        foreach (var (column, field) in overrides ?? new Dictionary<int, ImportField?>())
        {
            if (column >= 0 && column < headers.Count)
            {
                fields[column] = field;
            }
        }
        return new ColumnMapping(headers, fields);
    }

    public IEnumerable<int> ColumnsOf(ImportField field) =>
        Fields.Where(f => f.Value == field).Select(f => f.Key).Order();

    public IReadOnlyList<string> IgnoredHeaders =>
        Fields.Where(f => f.Value is null).OrderBy(f => f.Key).Select(f => Header(f.Key)).ToList();

    public bool Maps(ImportField field) => Fields.Values.Contains(field);

    public string Header(int column) => Headers[column] is { Length: > 0 } h ? h : $"column {column + 1}";
}
