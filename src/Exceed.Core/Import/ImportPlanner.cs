using Exceed.Core.Common;
using Exceed.Core.Customers;

namespace Exceed.Core.Import;

/// <summary>Decides, row by row, which customers a spreadsheet creates and which rows it refuses.</summary>
public sealed class ImportPlanner(CustomerFactory factory, BusinessSettings business)
{
    /// <summary>Reads and validates every row on its own; duplicates are found afterwards by <see cref="Finish"/>.</summary>
    public IReadOnlyList<CheckedRow> Check(SheetTable table, ColumnMapping mapping, DateTimeOffset now, string author)
    {
        var reader = new CustomerRowReader(business.Zone);
        return table.Rows.Select(row => Check(reader.Read(row, mapping), now, author)).ToList();
    }

    /// <summary>Adds the duplicate errors, within the file and against the customers we already have.</summary>
    public static ImportPlan Finish(IReadOnlyList<CheckedRow> rows, IReadOnlyDictionary<IdentityKey, string> existingOwners)
    {
        var duplicates = RepeatedIdentities.Find(rows, existingOwners).ToLookup(e => e.Line);
        var errors = new List<RowError>();
        var customers = new List<PlannedCustomer>();
        foreach (var row in rows)
        {
            var rowErrors = row.Errors.Concat(duplicates[row.Line]).ToList();
            errors.AddRange(rowErrors);
            if (rowErrors.Count == 0 && row.Customer is not null)
            {
                customers.Add(new PlannedCustomer(row.Line, row.Customer));
            }
        }
        return new ImportPlan(customers, errors, rows.Count);
    }

    public ImportPlan Plan(SheetTable table, ColumnMapping mapping, DateTimeOffset now, string author, IReadOnlyDictionary<IdentityKey, string> existingOwners) =>
        Finish(Check(table, mapping, now, author), existingOwners);

    private CheckedRow Check(CustomerRow row, DateTimeOffset now, string author)
    {
        var (customer, fieldErrors) = factory.Build(row.Input, now, author);
        var errors = row.Errors.ToList();
        if (fieldErrors.Any)
        {
            errors.AddRange(FactoryErrors.Explain(row, fieldErrors.ToProblem().Errors!));
        }
        var identities = new List<(IdentityKey Key, string Column)>();
        foreach (var (identity, i) in row.Input.Identities!.Select((x, i) => (x, i)))
        {
            if (factory.BuildIdentity(identity, "", new FieldErrors()) is { } built)
            {
                identities.Add((new IdentityKey(built.Kind, built.Value), row.Origins[$"identities[{i}]"].Column));
            }
        }
        return new CheckedRow(row.Line, customer, errors, identities);
    }
}

/// <summary>One row after validation: its customer when valid, its errors, and the identities it claims.</summary>
public sealed record CheckedRow(int Line, Customer? Customer, IReadOnlyList<RowError> Errors, IReadOnlyList<(IdentityKey Key, string Column)> Identities);
