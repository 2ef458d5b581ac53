namespace Exceed.Core.Customers;

/// <summary>Folds a name or query so that case, width and Traditional/Simplified writing do not matter to search or duplicates.</summary>
public static class NameFolding
{
    public static string Fold(string text) =>
        ChineseVariants.ToSimplified(text.Normalize(System.Text.NormalizationForm.FormKC).Trim().ToLowerInvariant());
}
