using Exceed.Core.Customers;
using Microsoft.Data.Sqlite;

namespace Exceed.Core.Data.Generator;

/// <summary>
/// One prepared INSERT per table, with values in the exact form EF Core's SQLite provider writes: Guids as
/// upper-case text, enums as names, times as UTC ticks, decimals bound as the driver binds them for EF.
/// </summary>
internal sealed class SqliteRowCommands(SqliteConnection connection) : IDisposable
{
    private readonly SqliteCommand customers = Prepare(connection, "Customers",
        "Id", "DisplayName", "FamilyName", "Salutation", "Language", "Type", "LoyaltyStage", "Tags", "NameKey", "CreatedAt", "UpdatedAt", "ErasedAt", "MergedIntoId");
    private readonly SqliteCommand identities = Prepare(connection, "Identities", "Id", "CustomerId", "Kind", "Value", "Display");
    private readonly SqliteCommand preferences = Prepare(connection, "Preferences", "Id", "CustomerId", "Kind", "Text");
    private readonly SqliteCommand purchases = Prepare(connection, "Purchases", "Id", "CustomerId", "Item", "Amount", "Currency", "PurchasedAt", "Channel");
    private readonly SqliteCommand wishes = Prepare(connection, "WishItems", "Id", "CustomerId", "Item", "WishedAt", "Note", "FulfilledAt");

    public void Write(GeneratedBatch batch, SqliteTransaction transaction)
    {
        foreach (var c in batch.Customers)
        {
            Run(customers, transaction, Id(c.Id), c.DisplayName, c.FamilyName, c.Salutation.ToString(), c.Language, c.Type.ToString(),
                c.LoyaltyStage.ToString(), c.Tags, c.NameKey, c.CreatedAt.UtcTicks, c.UpdatedAt.UtcTicks, c.ErasedAt?.UtcTicks, c.MergedIntoId is { } m ? Id(m) : null);
        }
        foreach (var i in batch.Identities)
        {
            Run(identities, transaction, Id(i.Id), Id(i.CustomerId), i.Kind.ToString(), i.Value, i.Display);
        }
        foreach (var p in batch.Preferences)
        {
            Run(preferences, transaction, Id(p.Id), Id(p.CustomerId), p.Kind.ToString(), p.Text);
        }
        foreach (var p in batch.Purchases)
        {
            Run(purchases, transaction, Id(p.Id), Id(p.CustomerId), p.Item, p.Amount, p.Currency, p.PurchasedAt.UtcTicks, p.Channel);
        }
        foreach (var w in batch.WishItems)
        {
            Run(wishes, transaction, Id(w.Id), Id(w.CustomerId), w.Item, w.WishedAt.UtcTicks, w.Note, w.FulfilledAt?.UtcTicks);
        }
    }

    public void Dispose()
    {
        customers.Dispose();
        identities.Dispose();
        preferences.Dispose();
        purchases.Dispose();
        wishes.Dispose();
    }

    private static string Id(Guid id) => SqliteBulkWriter.GuidText(id);

    private static void Run(SqliteCommand command, SqliteTransaction transaction, params object?[] values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string table, params string[] columns)
    {
        var command = connection.CreateCommand();
        var names = string.Join(", ", columns.Select(c => $"\"{c}\""));
        var parameters = string.Join(", ", columns.Select((_, i) => $"$p{i}"));
        command.CommandText = $"INSERT INTO \"{table}\" ({names}) VALUES ({parameters})";
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }
        return command;
    }
}
