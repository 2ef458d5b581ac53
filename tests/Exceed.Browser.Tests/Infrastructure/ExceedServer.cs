using Exceed.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Browser.Tests.Infrastructure;

/// <summary>The real app on a real Kestrel, on a free loopback port and a fresh SQLite file; one per test class.</summary>
public sealed class ExceedServer : IAsyncLifetime
{
    public const string ApiKey = "browser-admin-key";
    public const string AdminEmail = "admin@exceed.local";
    public const string AdminPassword = "admin-pass-123";

    private readonly string file = Path.Combine(Path.GetTempPath(), $"exceed-browser-{Guid.NewGuid():N}.db");
    private WebApplication? app;

    public Uri Address { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Development",
            "--applicationName", "Exceed.Web",
            "--contentRoot", SourceFolder(),
        ];
        app = await ExceedApp.BuildAsync(args, builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Exceed:Database:Provider"] = "sqlite",
            ["Exceed:Database:ConnectionString"] = $"Data Source={file}",
            ["Exceed:Bootstrap:ApiKey"] = ApiKey,
            ["Exceed:Bootstrap:AdminEmail"] = AdminEmail,
            ["Exceed:Bootstrap:AdminPassword"] = AdminPassword,
            ["Exceed:Demo:SeedWhenEmpty"] = "false",
            ["Exceed:Business:TimeZone"] = "Asia/Shanghai",
            ["Logging:LogLevel:Default"] = "Warning",
        }));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address + "/");
    }

    /// <summary>A client of the API that authenticates as the bootstrap admin key.</summary>
    public HttpClient CreateApiClient()
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    /// <summary>src/Exceed.Web, so the app finds its wwwroot and resources as it does under `dotnet run`.</summary>
    private static string SourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Exceed.slnx")))
            {
                return Path.Combine(dir.FullName, "src", "Exceed.Web");
            }
        }
        throw new InvalidOperationException("Could not find Exceed.slnx above " + AppContext.BaseDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
