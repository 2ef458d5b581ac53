using Exceed.Core.Customers;

namespace Exceed.Core.Import;

/// <summary>Turns one spreadsheet row into a <see cref="CustomerInput"/>; the rules of a valid customer stay in <see cref="CustomerFactory"/>.</summary>
public sealed class CustomerRowReader(TimeZoneInfo zone)
{
    public CustomerRow Read(SheetRow row, ColumnMapping mapping)
    {
        var cells = new RowCells(row, mapping);
        var origins = new Dictionary<string, CellOrigin>();
        var errors = new List<RowError>();
        void Refuse(int column, string reason) => errors.Add(new RowError(row.Line, mapping.Header(column), reason));
        void Collect<T>(string key, List<T> list, int column, ImportField field, string text, T item)
        {
            origins[$"{key}[{list.Count}]"] = new CellOrigin(mapping.Header(column), field, text);
            list.Add(item);
        }

        var name = cells.First(ImportField.Name);
        origins["displayName"] = new CellOrigin(name.Column, ImportField.Name, name.Text);
        var family = cells.First(ImportField.FamilyName);
        origins["familyName"] = new CellOrigin(family.Column, ImportField.FamilyName, family.Text);
        var salutationCell = cells.First(ImportField.Salutation);
        var salutation = salutationCell.Text.Length == 0 ? (Salutation?)null : ProfileCells.ReadSalutation(salutationCell.Text);
        if (salutationCell.Text.Length > 0 && salutation is null)
        {
            Refuse(salutationCell.Index, $"salutation '{salutationCell.Text}' is not understood; write 先生 or 女士 (Mr or Ms), or leave it empty.");
        }
        var addressed = family.Text.Length == 0 && salutationCell.Text.Length == 0 ? ProfileCells.ReadAddressedName(name.Text) : null;

        var language = cells.First(ImportField.Language);
        origins["language"] = new CellOrigin(language.Column, ImportField.Language, language.Text);
        var typeCell = cells.First(ImportField.Type);
        var type = typeCell.Text.Length == 0 ? (CustomerType?)null : ProfileCells.ReadType(typeCell.Text);
        if (typeCell.Text.Length > 0 && type is null)
        {
            Refuse(typeCell.Index, $"customer type '{typeCell.Text}' is not one we know; use 忠诚, 目的, 偶然 or 信息 (loyal, purposeful, occasional, information-seeking).");
        }

        var identities = new List<IdentityInput>();
        foreach (var field in ImportFieldNames.Identities)
        {
            foreach (var (column, text) in cells.Values(field))
            {
                Collect("identities", identities, column, field, text, new IdentityInput(field.IdentityKind()!.Value, text));
            }
        }
        var preferences = new List<PreferenceInput>();
        foreach (var (field, kind) in new[] { (ImportField.Likes, PreferenceKind.Like), (ImportField.Dislikes, PreferenceKind.Dislike), (ImportField.Needs, PreferenceKind.Need) })
        {
            foreach (var (column, text) in cells.Values(field))
            {
                Collect("preferences", preferences, column, field, text, new PreferenceInput(kind, text));
            }
        }
        var purchases = new List<PurchaseInput>();
        foreach (var (column, text) in cells.Values(ImportField.Purchases))
        {
            var (purchase, error) = PurchaseCell.Read(text, zone);
            if (purchase is null) { Refuse(column, $"purchase '{text}': {error}"); }
            else { Collect("purchases", purchases, column, ImportField.Purchases, text, purchase); }
        }
        var wishes = new List<WishInput>();
        foreach (var (column, text) in cells.Values(ImportField.Wishes))
        {
            var (wish, error) = WishCell.Read(text, zone);
            if (wish is null) { Refuse(column, $"wished item '{text}': {error}"); }
            else { Collect("wishItems", wishes, column, ImportField.Wishes, text, wish); }
        }
        var dates = new List<DateInput>();
        foreach (var (field, kind) in new[] { (ImportField.Birthday, ImportantDateKind.Birthday), (ImportField.Anniversary, ImportantDateKind.Anniversary) })
        {
            var cell = cells.First(field);
            if (cell.Text.Length == 0) { continue; }
            if (CellDates.ReadDayOfYear(cell.Text) is { } day) { Collect("importantDates", dates, cell.Index, field, cell.Text, new DateInput(kind, day.Month, day.Day, day.Year)); }
            else { Refuse(cell.Index, $"{field.Label()} '{cell.Text}' is not a date we can read without guessing; write it as 1988-05-12 or 5月12日 (12/05 could be May or December)."); }
        }
        var notes = new List<string>();
        foreach (var column in mapping.ColumnsOf(ImportField.Notes).Where(c => row.Cell(c).Trim().Length > 0))
        {
            Collect("notes", notes, column, ImportField.Notes, row.Cell(column).Trim(), row.Cell(column).Trim());
        }
        var tags = cells.Values(ImportField.Tags).Select(t => t.Text).ToList();
        origins["tags"] = new CellOrigin(mapping.ColumnsOf(ImportField.Tags).Select(mapping.Header).FirstOrDefault() ?? "", ImportField.Tags, string.Join("、", tags));

        var input = new CustomerInput
        {
            DisplayName = name.Text,
            FamilyName = addressed?.FamilyName ?? NullIfEmpty(family.Text),
            Salutation = addressed?.Salutation ?? salutation,
            Language = NullIfEmpty(language.Text),
            Type = type,
            Tags = tags,
            Identities = identities,
            Preferences = preferences,
            ImportantDates = dates,
            Purchases = purchases,
            WishItems = wishes,
            Notes = notes,
        };
        return new CustomerRow(row.Line, input, errors, origins);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
