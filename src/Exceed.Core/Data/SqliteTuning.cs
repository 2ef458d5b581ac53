using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Exceed.Core.Data;

/// <summary>
/// Per-connection SQLite settings. In WAL mode, synchronous=NORMAL keeps every committed transaction through a crash or
/// kill of the process (the WAL is written before the commit returns); only a power cut can lose the last commits.
/// Automatic checkpoints are off while a <see cref="SqliteCheckpointer"/> runs for the database.
/// </summary>
internal sealed class SqliteTuning : DbConnectionInterceptor
{
    public static readonly SqliteTuning Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>WAL, so readers never wait on the writer: set once per file, when the database is first opened (a no-op after).</summary>
    public static async Task UseWalAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(ct);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = SqliteCheckpointer.IsRunningFor(connection.ConnectionString)
            ? "PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=0;"
            : "PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=1000;";
        command.ExecuteNonQuery();
    }
}

/// <summary>SQLite has one writer: letting requests queue here, instead of spinning on SQLITE_BUSY, keeps writes fast under load.</summary>
public sealed class WriteGate : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly bool serialise;

    public WriteGate(DatabaseSettings settings) => serialise = !settings.IsPostgres;

    public async Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken ct)
    {
        if (!serialise)
        {
            return await write();
        }
        await gate.WaitAsync(ct);
        try
        {
            return await write();
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
