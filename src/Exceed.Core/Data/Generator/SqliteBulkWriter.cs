using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Exceed.Core.Data.Generator;

/// <summary>
/// Prepared INSERTs in large transactions with synchronous=OFF; secondary indexes are dropped for the load and rebuilt
/// once from their own stored SQL, because one sorted build is far cheaper than millions of random B-tree inserts.
/// </summary>
internal sealed class SqliteBulkWriter(string connectionString) : IBulkWriter
{
    private static readonly string[] Tables = ["Customers", "Identities", "Preferences", "Purchases", "WishItems"];
    private readonly SqliteConnection connection = new(connectionString);
    private readonly List<(string Name, string Sql)> droppedIndexes = [];
    private SqliteRowCommands? commands;

    public async Task StartAsync(CancellationToken ct)
    {
        await connection.OpenAsync(ct);
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;");
        var tableList = string.Join(",", Tables.Select(t => $"'{t}'"));
        using (var find = connection.CreateCommand())
        {
            find.CommandText = $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({tableList})";
            using var reader = find.ExecuteReader();
            while (reader.Read())
            {
                droppedIndexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        foreach (var (name, _) in droppedIndexes)
        {
            Execute($"DROP INDEX \"{name}\";");
        }
        commands = new SqliteRowCommands(connection);
    }

    public Task WriteAsync(GeneratedBatch batch, CancellationToken ct)
    {
        using var transaction = connection.BeginTransaction();
        commands!.Write(batch, transaction);
        transaction.Commit();
        return Task.CompletedTask;
    }

    public Task FinishAsync(IProgress<string>? progress, CancellationToken ct)
    {
        foreach (var (name, sql) in droppedIndexes)
        {
            progress?.Report($"Rebuilding index {name}...");
            Execute(sql + ";");
        }
        droppedIndexes.Clear();
        Execute("PRAGMA wal_checkpoint(TRUNCATE);");
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        commands?.Dispose();
        await connection.DisposeAsync();
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    internal static string GuidText(Guid id) => id.ToString("D", CultureInfo.InvariantCulture).ToUpperInvariant();
}
