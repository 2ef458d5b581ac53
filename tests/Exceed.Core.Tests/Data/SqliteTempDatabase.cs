using Exceed.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Tests.Data;

/// <summary>A real SQLite file in the temp folder, migrated like the app's, deleted afterwards.</summary>
internal sealed class SqliteTempDatabase : IDisposable
{
    private SqliteTempDatabase()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"exceed-test-{Guid.NewGuid():N}.db");
        Settings = new DatabaseSettings { Provider = "sqlite", ConnectionString = $"Data Source={Path};Pooling=False" };
    }

    public static async Task<SqliteTempDatabase> MigratedAsync()
    {
        var database = new SqliteTempDatabase();
        await using var db = database.Open();
        await DatabaseStartup.MigrateAsync(db, TestContext.Current.CancellationToken);
        return database;
    }

    public string Path { get; }
    public DatabaseSettings Settings { get; }

    public ExceedDb Open()
    {
        var options = new DbContextOptionsBuilder<ExceedDb>();
        Settings.Configure(options);
        return new ExceedDb(options.Options);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }
    }
}
