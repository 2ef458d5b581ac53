namespace Exceed.Core.Customers;

/// <summary>Folds a name or query so that case and width do not matter to search.</summary>
public static class NameFolding
{
    public static string Fold(string text) =>
        text.Normalize(System.Text.NormalizationForm.FormKC).Trim().ToLowerInvariant();
}
