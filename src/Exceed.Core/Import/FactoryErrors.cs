namespace Exceed.Core.Import;

/// <summary>Rewords <see cref="Customers.CustomerFactory"/>'s field errors for the cell the shop owner has to fix.</summary>
internal static class FactoryErrors
{
    public static IEnumerable<RowError> Explain(CustomerRow row, IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
        {
            var key = field.Split('.')[0];
            var origin = row.Origins.GetValueOrDefault(key);
            foreach (var message in messages)
            {
                yield return new RowError(row.Line, origin?.Column is { Length: > 0 } c ? c : null, Reason(key, origin, message));
            }
        }
    }

    private static string Reason(string key, CellOrigin? origin, string message)
    {
        if (key == "displayName" && string.IsNullOrWhiteSpace(origin?.Text))
        {
            return origin?.Column is { Length: > 0 } ? "name is missing" : "name is missing (no column is mapped to the name)";
        }
        if (origin is null)
        {
            return message;
        }
        var label = origin.Field.Label();
        // Identity messages already quote what was typed: "phone '138 0013' is not a valid phone number…".
        return key.StartsWith("identities", StringComparison.Ordinal) ? $"{label} {message}"
            : origin.Text.Length > 0 ? $"{label} '{origin.Text}': {message}"
            : $"{label}: {message}";
    }
}
