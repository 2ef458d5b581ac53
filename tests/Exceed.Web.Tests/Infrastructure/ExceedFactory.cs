using System.Net;
using Exceed.Web.Staff;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
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
    public const string WidgetShopOrigin = "https://shop.example";
    public const string WidgetShopSecret = "shop-secret-for-tests";

    /// <summary>
    /// The next Monday, 09:30 in Shanghai, falling on the 8th to the 20th: a morning greeting, and dates a few days either
    /// side stay in the same month. In the future, so the staff cookie it stamps is not already expired for the client.
    /// </summary>
    public static readonly DateTimeOffset Monday0930Shanghai = NextShopMorning();

    public ShopClock Clock { get; } = new(Monday0930Shanghai);

    private static DateTimeOffset NextShopMorning()
    {
        var shanghai = TimeSpan.FromHours(8);
        var day = TimeProvider.System.GetUtcNow().ToOffset(shanghai).Date.AddDays(1);
        while (day.DayOfWeek != DayOfWeek.Monday || day.Day is < 8 or > 20)
        {
            day = day.AddDays(1);
        }
        return new DateTimeOffset(day.AddHours(9.5), shanghai).ToUniversalTime();
    }

    protected abstract string Provider { get; }
    protected abstract string ConnectionString { get; }

    /// <summary>Creates the empty database the app will migrate on start.</summary>
    protected abstract Task CreateDatabaseAsync();
    protected abstract Task DropDatabaseAsync();
    /// <summary>Deletes every row except the migration history and the role list.</summary>
    protected abstract Task DeleteRowsAsync();

    /// <summary>A real Kestrel on a free loopback port: the in-memory TestServer does not enforce Kestrel's body-size limit.</summary>
    protected ExceedFactory() => UseKestrel(k => k.Listen(IPAddress.Loopback, 0));

    public async ValueTask InitializeAsync()
    {
        await CreateDatabaseAsync();
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Exceed:Database:Provider", Provider);
        builder.UseSetting("Exceed:Database:ConnectionString", ConnectionString);
        builder.UseSetting("Exceed:Bootstrap:ApiKey", ApiKey);
        builder.UseSetting("Exceed:Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("Exceed:Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Exceed:Demo:SeedWhenEmpty", "false");
        // Each test empties the database first; a phrasebook copied in at start would race that reset.
        builder.UseSetting("Exceed:Language:LoadPhrasebookOnStart", "false");
        builder.UseSetting("Exceed:Business:TimeZone", "Asia/Shanghai");
        builder.UseSetting("Exceed:Business:DefaultRegion", "CN");
        // The scenarios read mailboxes themselves (MailboxPoller.PollOnceAsync) rather than wait for the timer.
        builder.UseSetting("Exceed:Mailboxes:PollSeconds", "3600");
        builder.UseSetting("Exceed:Mailboxes:FirstPollSeconds", "3600");
        builder.UseSetting("Exceed:Widget:AllowedOrigins:0", WidgetShopOrigin);
        builder.UseSetting("Exceed:Widget:ShopSecret", WidgetShopSecret);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Back to an empty shop: no customers, calls or audit; only the bootstrap admin and API key.</summary>
    public async Task ResetAsync()
    {
        await DeleteRowsAsync();
        (Services.GetRequiredService<IMemoryCache>() as MemoryCache)?.Clear();
        Services.GetRequiredService<Exceed.Core.Recognition.CardCache>().Clear();
        Clock.Set(Monday0930Shanghai);
        using var scope = Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<Bootstrap>().RunAsync(
            new BootstrapSettings { ApiKey = ApiKey, AdminEmail = AdminEmail, AdminPassword = AdminPassword });
    }

    /// <summary>Where the app's Kestrel listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
        .First(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)) + "/");

    /// <summary>A plain HTTP client of the running app: no API key, keeps cookies, does not follow redirects.</summary>
    public HttpClient CreateBrowserlessClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = Address };

    /// <summary>A client of the API that authenticates as the bootstrap admin key.</summary>
    public HttpClient CreateApiClient(string apiKey = ApiKey)
    {
        var client = CreateBrowserlessClient();
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
