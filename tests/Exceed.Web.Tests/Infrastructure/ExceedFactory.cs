using Exceed.Web.Staff;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Web.Tests.Infrastructure;

/// <summary>The whole app in memory on one database of its own; each test calls <see cref="ResetAsync"/> to start clean.</summary>
public abstract class ExceedFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ApiKey = "test-admin-key";
    public const string AdminEmail = "admin@exceed.local";
    public const string AdminPassword = "admin-pass-123";

    /// <summary>Monday 2 March 2026, 09:30 in Shanghai: a morning greeting, and a week ahead that holds 5 March.</summary>
    public static readonly DateTimeOffset Monday0930Shanghai = new(2026, 3, 2, 1, 30, 0, TimeSpan.Zero);

    public ShopClock Clock { get; } = new(Monday0930Shanghai);

    protected abstract string Provider { get; }
    protected abstract string ConnectionString { get; }

    /// <summary>Creates the empty database the app will migrate on start.</summary>
    protected abstract Task CreateDatabaseAsync();
    protected abstract Task DropDatabaseAsync();
    /// <summary>Deletes every row except the migration history and the role list.</summary>
    protected abstract Task DeleteRowsAsync();

    public async ValueTask InitializeAsync()
    {
        await CreateDatabaseAsync();
        _ = Server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Exceed:Database:Provider", Provider);
        builder.UseSetting("Exceed:Database:ConnectionString", ConnectionString);
        builder.UseSetting("Exceed:Bootstrap:ApiKey", ApiKey);
        builder.UseSetting("Exceed:Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("Exceed:Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Exceed:Demo:SeedWhenEmpty", "false");
        builder.UseSetting("Exceed:Business:TimeZone", "Asia/Shanghai");
        builder.UseSetting("Exceed:Business:DefaultRegion", "CN");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Back to an empty shop: no customers, calls or audit; only the bootstrap admin and API key.</summary>
    public async Task ResetAsync()
    {
        await DeleteRowsAsync();
        (Services.GetRequiredService<IMemoryCache>() as MemoryCache)?.Clear();
        Clock.Set(Monday0930Shanghai);
        using var scope = Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<Bootstrap>().RunAsync(
            new BootstrapSettings { ApiKey = ApiKey, AdminEmail = AdminEmail, AdminPassword = AdminPassword });
    }

    /// <summary>A client of the API that authenticates as the bootstrap admin key.</summary>
    public HttpClient CreateApiClient(string apiKey = ApiKey)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await DropDatabaseAsync();
        GC.SuppressFinalize(this);
    }
}
