using Exceed.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Web.Tests.Infrastructure;

/// <summary>The app on a fresh SQLite file of its own, deleted afterwards.</summary>
public class SqliteExceed : ExceedFactory
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"exceed-test-{Guid.NewGuid():N}.db");

    protected override string Provider => "sqlite";
    protected override string ConnectionString => $"Data Source={file}";

    protected override Task CreateDatabaseAsync() => Task.CompletedTask;

    protected override async Task DeleteRowsAsync()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExceedDb>();
        var tables = await db.Database.SqlQueryRaw<string>(
            "SELECT name AS \"Value\" FROM sqlite_master m WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', 'AspNetRoles') "
            // Full-text tables and their shadow tables follow their content table through its triggers.
            + "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%' AND m.name LIKE v.name || '\\_%' ESCAPE '\\')")
            .ToListAsync();
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF;");
        foreach (var table in tables)
        {
            // Table names come from sqlite_master, not from input.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{table}\";");
#pragma warning restore EF1002
        }
        await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON;");
        await db.Database.CloseConnectionAsync();
    }

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
        return Task.CompletedTask;
    }
}
