using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Exceed.Core.Data;

/// <summary>
/// SQLite copies its write-ahead log back into the database file (a checkpoint) on the thread of whichever commit
/// takes the log past 1,000 pages; under a stream of channel messages that is the intake loop, which then stops taking
/// messages while it copies. While this service runs, the app's connections leave checkpoints to it, and it runs a
/// PASSIVE checkpoint (which never waits for, nor blocks, a reader or the writer) from its own connection every second.
/// A process without it (the CLI) keeps SQLite's automatic checkpoints.
/// </summary>
public sealed class SqliteCheckpointer(DatabaseSettings settings, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    private static readonly ConcurrentDictionary<string, int> Running = new(StringComparer.Ordinal);

    public static TimeSpan Interval { get; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether connections to this database should leave checkpoints to a running checkpointer.</summary>
    internal static bool IsRunningFor(string connectionString) => Running.TryGetValue(connectionString, out var count) && count > 0;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = settings.EffectiveConnectionString;
        Running.AddOrUpdate(connectionString, 1, (_, count) => count + 1);
        try
        {
            using var timer = new PeriodicTimer(Interval);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await CheckpointAsync(connectionString, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            Running.AddOrUpdate(connectionString, 0, (_, count) => count - 1);
        }
    }

    private async Task CheckpointAsync(string connectionString, CancellationToken ct)
    {
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (SqliteException error)
        {
            // The next tick tries again; a log that keeps growing is what this warning is for.
            logger.LogWarning(error, "SQLite checkpoint failed");
        }
    }
}
