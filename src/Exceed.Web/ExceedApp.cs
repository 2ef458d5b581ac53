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
}
