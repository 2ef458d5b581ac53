using Exceed.Core;
using Exceed.Web.Components;
using Exceed.Web.Infrastructure;

namespace Exceed.Web;

/// <summary>Composes and starts the web host: the single place that says what the app is made of.</summary>
public static class ExceedApp
{
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        UseSettingsBesideTheApp(builder, args);
        configure?.Invoke(builder);
        builder.Services.AddExceedCore(builder.Configuration);
        builder.AddExceedWeb();

        var app = builder.Build();
        app.UseExceedPipeline();
        app.MapExceedEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        await app.PrepareDatabaseAsync();
        return app;
    }

    /// <summary>
    /// `dotnet run` from the repository root makes the root the content root, where there is no appsettings.json:
    /// read the one shipped beside the app instead, below environment variables and the command line.
    /// </summary>
    private static void UseSettingsBesideTheApp(WebApplicationBuilder builder, string[] args)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (!File.Exists(Path.Combine(builder.Environment.ContentRootPath, "appsettings.json")) && File.Exists(beside))
        {
            // Added last, so environment variables and the command line are added again to keep the last word.
            builder.Configuration.AddJsonFile(beside, optional: true).AddEnvironmentVariables().AddCommandLine(args);
        }
    }
}
