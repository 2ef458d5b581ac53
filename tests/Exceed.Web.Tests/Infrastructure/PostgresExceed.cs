using Npgsql;
using Respawn;

namespace Exceed.Web.Tests.Infrastructure;

/// <summary>The app on a fresh PostgreSQL database of its own (created on EXCEED_TEST_POSTGRES, dropped afterwards).</summary>
public class PostgresExceed : ExceedFactory
{
    private readonly string database;
    private Respawner? respawner;

    public PostgresExceed() : this($"exceed_test_{Guid.NewGuid():N}")
    {
    }

    /// <summary>An app on a named database, so several nodes can share one (see ScaleOut/TwoNodes).</summary>
    protected PostgresExceed(string database) => this.database = database;

    protected override string Provider => "postgres";
    protected override string ConnectionString =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database, Pooling = true }.ConnectionString;

    /// <summary>The test script always provides a server; a missing one is a broken setup, so it fails rather than skips.</summary>
    public static string ServerConnectionString => Environment.GetEnvironmentVariable("EXCEED_TEST_POSTGRES") is { Length: > 0 } cs
        ? cs
        : throw new InvalidOperationException(
            "EXCEED_TEST_POSTGRES is not set. The PostgreSQL tests need an Npgsql connection string to a superuser, "
            + "e.g. Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres;Database=postgres (scripts/test.sh sets it).");

    protected override async Task CreateDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    protected override async Task DeleteRowsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__EFMigrationsHistory", "AspNetRoles"],
        });
        await respawner.ResetAsync(connection);
    }

    protected override async Task DropDatabaseAsync()
    {
        if (Environment.GetEnvironmentVariable("EXCEED_TEST_POSTGRES") is not { Length: > 0 })
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
