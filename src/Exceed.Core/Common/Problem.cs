namespace Exceed.Core.Common;

/// <summary>A failure a person can act on: becomes RFC 7807 problem details at the edge.</summary>
public sealed record Problem(int Status, string Title, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static Problem NotFound(string detail) => new(404, "Not found", detail);
    public static Problem Conflict(string detail) => new(409, "Conflict", detail);
    public static Problem Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(400, "Some fields need attention", string.Join(" ", errors.SelectMany(e => e.Value)), errors);
    public static Problem Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>Either a value or the problem that stopped it.</summary>
public readonly record struct Outcome<T>(T? Value, Problem? Problem)
{
    public bool Succeeded => Problem is null;
    public static implicit operator Outcome<T>(T value) => new(value, null);
    public static implicit operator Outcome<T>(Problem problem) => new(default, problem);
}

/// <summary>Collects field errors, keyed by the JSON name of the field.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = [];
    public bool Any => errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }
        list.Add(message);
    }

    public void Require(string field, string? value, string label, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"{label} is required.");
        }
        else if (value.Length > maxLength)
        {
            Add(field, $"{label} must be at most {maxLength} characters.");
        }
    }

    public void Limit(string field, string? value, string label, int maxLength)
    {
        if (value is { Length: > 0 } && value.Length > maxLength)
        {
            Add(field, $"{label} must be at most {maxLength} characters.");
        }
    }

    public Problem ToProblem() => Problem.Invalid(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
}
