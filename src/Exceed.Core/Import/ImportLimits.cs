namespace Exceed.Core.Import;

/// <summary>What one import accepts, so a wrong file is refused with a reason instead of filling memory.</summary>
public static class ImportLimits
{
    public const long MaxBytes = 20 * 1024 * 1024;
    public const int MaxRows = 100_000;
    public const int PreviewRows = 20;
    public static readonly string[] Extensions = [".csv", ".txt", ".xlsx"];

    public static string TooManyRows(string fileName) =>
        $"{fileName} has more than {MaxRows:N0} rows; split it into smaller files and import them one by one.";
}
