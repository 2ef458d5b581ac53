using Exceed.Core.Events;
using Exceed.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Exceed.Web.Tests.ScaleOut;

/// <summary>Two app instances on one PostgreSQL database and one Redis, as behind a balancer.</summary>
public sealed class TwoNodes : IAsyncLifetime
{
    private readonly string database = $"exceed_test_{Guid.NewGuid():N}";

    /// <summary>A channel prefix of this pair's own, so other test runs on the same Redis are not heard.</summary>
    private readonly string redis = $"{TestRedis.Address},channelPrefix=exceed-test-{Guid.NewGuid():N}:";

    public PostgresNode A { get; }
    public PostgresNode B { get; }

    public TwoNodes()
    {
        A = new PostgresNode(database, redis, ownsDatabase: true);
        B = new PostgresNode(database, redis, ownsDatabase: false);
    }

    public async ValueTask InitializeAsync()
    {
        // One after the other: the first creates and migrates the database, the second finds it ready.
        await A.InitializeAsync();
        await B.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
    }
}

/// <summary>One node of a pair: the first one creates and drops the shared database.</summary>
public sealed class PostgresNode(string database, string redis, bool ownsDatabase) : PostgresExceed(database)
{
    /// <summary>
    /// Each node installed in a folder of its own, as on two machines: left to itself, data protection would give
    /// each its own key ring and each would refuse the other's cookies.
    /// </summary>
    private readonly string installFolder = Directory.CreateTempSubdirectory("exceed-node-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseContentRoot(installFolder);
        builder.UseSetting(EventBusSetup.RedisSetting, redis);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(installFolder, recursive: true);
    }

    protected override Task CreateDatabaseAsync() => ownsDatabase ? base.CreateDatabaseAsync() : Task.CompletedTask;

    protected override Task DropDatabaseAsync() => ownsDatabase ? base.DropDatabaseAsync() : Task.CompletedTask;
}

/// <summary>The test Redis from scripts/services.sh.</summary>
public static class TestRedis
{
    /// <summary>The test script always starts one; a missing one is a broken setup, so it fails rather than skips.</summary>
    public static string Address => Environment.GetEnvironmentVariable("EXCEED_TEST_REDIS") is { Length: > 0 } address
        ? address
        : throw new InvalidOperationException("EXCEED_TEST_REDIS is not set. The scale-out tests need a Redis, e.g. 127.0.0.1:56379 (scripts/test.sh sets it).");
}
