namespace Exceed.Core.Import;

/// <summary>The same phone, email or handle never makes a second customer: not twice in one file, nor beside one we have.</summary>
internal static class RepeatedIdentities
{
    public static IEnumerable<RowError> Find(IReadOnlyList<CheckedRow> rows, IReadOnlyDictionary<IdentityKey, string> existingOwners)
    {
        var firstLine = new Dictionary<IdentityKey, int>();
        foreach (var row in rows.OrderBy(r => r.Line))
        {
            foreach (var (key, column) in row.Identities.DistinctBy(i => i.Key))
            {
                var what = $"{Label(key)} {key.Value}";
                if (existingOwners.TryGetValue(key, out var owner))
                {
                    yield return new RowError(row.Line, column, $"{what} already belongs to {owner} — merge by hand or remove the row");
                }
                else if (firstLine.TryGetValue(key, out var line))
                {
                    yield return new RowError(row.Line, column, $"{what} is also on line {line} (same person twice in this file)");
                }
                else
                {
                    firstLine[key] = row.Line;
                }
            }
        }
    }

    private static string Label(IdentityKey key) =>
        ImportFieldNames.Identities.First(f => f.IdentityKind() == key.Kind).Label();
}
