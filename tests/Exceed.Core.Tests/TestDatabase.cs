using Exceed.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Exceed.Core.Tests;

/// <summary>A fresh SQLite file per test, with Exceed's core services over it and a clock the test controls.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"exceed-test-{Guid.NewGuid():N}.db");
    private readonly ServiceProvider services;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

    private TestDatabase()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Exceed:Database:ConnectionString"] = $"Data Source={file}",
        }).Build();
        services = new ServiceCollection().AddExceedCore(config).AddSingleton<TimeProvider>(Clock).BuildServiceProvider();
    }

    /// <summary>The schema comes from the model, not migrations, so model changes are testable before migrations are regenerated.</summary>
    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase();
        await database.RunAsync<ExceedDb, bool>(db => db.Database.EnsureCreatedAsync());
        return database;
    }

    /// <summary>Runs one unit of work in its own scope, as a request or an interactive action would.</summary>
    public async Task<TResult> RunAsync<TService, TResult>(Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
