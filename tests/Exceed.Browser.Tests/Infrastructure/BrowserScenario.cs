using System.Text.RegularExpressions;
using Exceed.Browser.Tests.Pages;

[assembly: AssemblyFixture(typeof(Exceed.Browser.Tests.Infrastructure.Chromium))]

namespace Exceed.Browser.Tests.Infrastructure;

/// <summary>One app per scenario class, a fresh browser context (no cookies) per test, and a screenshot of how it ended.</summary>
public abstract partial class BrowserScenario(ExceedServer server, Chromium chromium) : IClassFixture<ExceedServer>, IAsyncLifetime
{
    protected ExceedServer Server { get; } = server;
    protected IPage Page { get; private set; } = default!;
    protected HttpClient Api { get; private set; } = default!;
    protected List<string> Dialogs { get; } = [];
    private IBrowserContext context = default!;

    public async ValueTask InitializeAsync()
    {
        context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Address.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        // A bound for failures, not a speed target: the first page after start compiles a lot on a busy 2-core machine.
        context.SetDefaultTimeout(30_000);
        Page = await context.NewPageAsync();
        Page.Dialog += (_, dialog) =>
        {
            Dialogs.Add($"{dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
        Api = Server.CreateApiClient();
    }

    protected LoginPage Login => new(Page);

    public async ValueTask DisposeAsync()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var name = Unsafe().Replace(TestContext.Current.Test?.TestDisplayName ?? "scenario", "_");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        await context.DisposeAsync();
        Api.Dispose();
        GC.SuppressFinalize(this);
    }

    [GeneratedRegex(@"[^\w\-.]+")]
    private static partial Regex Unsafe();
}
