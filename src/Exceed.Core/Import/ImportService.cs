using Exceed.Core.Audit;
using Exceed.Core.Common;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Import;

/// <summary>
/// Imports the customer spreadsheet a shop already keeps: preview → column mapping → dry run → apply.
/// Each call reads the whole upload from the stream it is given (rewound first when it can seek).
/// </summary>
public sealed class ImportService(ExceedDb db, CustomerFactory factory, BusinessSettings business, AuditLog audit, CustomerDocuments documents, TimeProvider clock)
{
    private readonly ImportPlanner planner = new(factory, business);
    private const int CustomersPerSave = 1000;

    /// <summary>The columns, our proposed mapping and the first rows, so a person can check we read the file right.</summary>
    public async Task<Outcome<ImportPreview>> PreviewAsync(Stream file, string fileName, CancellationToken ct = default)
    {
        var read = await SheetReader.ReadAsync(file, fileName, ct);
        if (read.Value is not { } table)
        {
            return read.Problem!;
        }
        return new ImportPreview(fileName, ColumnMapping.Propose(table.Headers), table.Rows.Take(ImportLimits.PreviewRows).ToList(), table.Rows.Count);
    }

    /// <summary>Checks every row against the mapping (null: our proposal) and the database; writes nothing.</summary>
    public async Task<Outcome<ImportReport>> DryRunAsync(Stream file, string fileName, IReadOnlyDictionary<int, ImportField?>? mapping = null, CancellationToken ct = default)
    {
        var planned = await PlanAsync(file, fileName, mapping, "dry run", ct);
        if (!planned.Succeeded)
        {
            return planned.Problem!;
        }
        var (columns, plan) = planned.Value;
        return ImportReport.From(fileName, columns, plan, applied: false);
    }

    /// <summary>
    /// Creates the customers of the file in one transaction. With <see cref="ImportMode.AllOrNothing"/> a single bad row
    /// means nothing is written and the report lists why; with <see cref="ImportMode.GoodRowsOnly"/> the good rows are written.
    /// </summary>
    public async Task<Outcome<ImportReport>> ApplyAsync(Stream file, string fileName, IReadOnlyDictionary<int, ImportField?>? mapping,
        ImportMode mode, string actor, CancellationToken ct = default)
    {
        var planned = await PlanAsync(file, fileName, mapping, actor, ct);
        if (!planned.Succeeded)
        {
            return planned.Problem!;
        }
        var (columns, plan) = planned.Value;
        if (mode == ImportMode.AllOrNothing && !plan.IsClean)
        {
            return ImportReport.From(fileName, columns, plan, applied: false);
        }
        // Planning happens before the transaction so the write lock is held only while inserting;
        // the unique identity index still catches anyone who saved the same phone in between.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await InsertAsync(plan, fileName, actor, ct);
            audit.Record(actor, "customers.imported", Shorten(fileName), null,
                new { file = fileName, mode = mode.ToString(), rows = plan.RowCount, created = plan.GoodRowCount, refused = plan.BadRowCount });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Problem.Conflict("While the file was being imported someone else saved a customer with one of its phones, emails or handles; nothing was imported. Run the import again to see which rows.");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
        return ImportReport.From(fileName, columns, plan, applied: true);
    }

    private async Task<Outcome<(ColumnMapping, ImportPlan)>> PlanAsync(Stream file, string fileName, IReadOnlyDictionary<int, ImportField?>? overrides, string author, CancellationToken ct)
    {
        var read = await SheetReader.ReadAsync(file, fileName, ct);
        if (read.Value is not { } table)
        {
            return read.Problem!;
        }
        var mapping = ColumnMapping.WithOverrides(table.Headers, overrides);
        if (!mapping.Maps(ImportField.Name))
        {
            return SheetReader.Unreadable($"No column of {fileName} holds the customer's name; choose which column is the name (姓名).");
        }
        var rows = planner.Check(table, mapping, clock.GetUtcNow(), author);
        var owners = await ExistingOwners.FindAsync(db, rows.SelectMany(r => r.Identities.Select(i => i.Key)), ct);
        return (mapping, ImportPlanner.Finish(rows, owners));
    }

    private async Task InsertAsync(ImportPlan plan, string fileName, string actor, CancellationToken ct)
    {
        foreach (var batch in plan.Customers.Chunk(CustomersPerSave))
        {
            db.Customers.AddRange(batch.Select(p => p.Customer));
            foreach (var (line, customer) in batch)
            {
                documents.IndexNew(customer);
                audit.Record(actor, "customer.created", customer.DisplayName, customer.Id,
                    new { source = "import", file = fileName, line, identities = customer.Identities.Select(i => $"{i.Kind}:{i.Value}") });
            }
            await db.SaveChangesAsync(ct);
            // Saved customers need no tracking; clearing keeps a 100,000-row import's memory flat.
            db.ChangeTracker.Clear();
        }
    }

    private static string Shorten(string fileName) => fileName.Length <= 200 ? fileName : fileName[..200];
}
