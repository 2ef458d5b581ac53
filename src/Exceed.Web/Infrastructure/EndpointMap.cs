using Exceed.Core.Customers;
using Exceed.Core.Data;
using Exceed.Core.Data.Demo;
using Exceed.Web.Calls;
using Exceed.Web.Channels;
using Exceed.Web.Conversations;
using Exceed.Web.Customers;
using Exceed.Web.Import;
using Exceed.Web.Language;
using Exceed.Web.Notifications;
using Exceed.Web.Mailboxes;
using Exceed.Web.Privacy;
using Exceed.Web.Quality;
using Exceed.Web.Recognition;
using Exceed.Web.Replies;
using Exceed.Web.Search;
using Exceed.Web.Staff;
using Exceed.Web.Widget;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Exceed.Web.Infrastructure;

internal static class EndpointMap
{
    public static void MapExceedEndpoints(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapGet("/healthz", () => TypedResults.Ok(new Health("ok"))).ExcludeFromDescription();

        var api = app.MapGroup("/api/v1");
        api.MapCustomersApi();
        api.MapDuplicatesApi();
        api.MapRecognitionApi();
        api.MapCallsApi();
        api.MapStaffApi();
        api.MapPrivacyApi();
        api.MapImportApi();
        api.MapConversationsApi();
        api.MapChannelsApi();
        api.MapMailboxesApi();
        api.MapSearchApi();
        api.MapLanguageApi();
        api.MapQualityApi();
        api.MapRepliesApi();
        api.MapNotificationsApi();
        app.MapWidgetApi(api);
        api.MapFallback(() => TypedResults.Problem("Nothing is at this address; check the URL against /openapi/v1.json.", statusCode: 404, title: "Not found"));

        app.MapPost("/account/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(IdentityConstants.ApplicationScheme);
            return TypedResults.LocalRedirect("/account/login");
        });
        app.MapPost("/account/language", (HttpContext http, [Microsoft.AspNetCore.Mvc.FromForm] string culture, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
        {
            if (WebSetup.UiCultures.Contains(culture))
            {
                http.Response.Cookies.Append(Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName,
                    Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.MakeCookieValue(new(culture)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax });
            }
            return TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl));
        });
    }

    private static async Task WarmPhrasebookAsync(WebApplication app)
    {
        try
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ExceedDb>();
            await scope.ServiceProvider.GetRequiredService<Exceed.Core.Language.PhrasebookCache>().WarmUpAsync(db, app.Lifetime.ApplicationStopping);
            await scope.ServiceProvider.GetRequiredService<Exceed.Core.Replies.PhraseCompletions>().WarmUpAsync(db, app.Lifetime.ApplicationStopping);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            app.Logger.LogWarning(error, "Could not load the phrasebook ahead of time; the first check and completion will load it");
        }
    }

    private static async Task SeedDemoAsync(WebApplication app)
    {
        try
        {
            using var scope = app.Services.CreateScope();
            var services = scope.ServiceProvider;
            var added = await DemoData.SeedIfEmptyAsync(services.GetRequiredService<ExceedDb>(), services.GetRequiredService<CustomerFactory>(),
                services.GetRequiredService<TimeProvider>(), app.Lifetime.ApplicationStopping);
            if (added > 0)
            {
                app.Logger.LogInformation("Loaded the demo shop and hotel: {Customers} customers (see docs/demo-data.md)", added);
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            app.Logger.LogError(error, "Could not load the demo data; the app works without it");
        }
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var migrate = app.Configuration.GetValue("Exceed:Database:MigrateOnStart", true);
        var settings = app.Configuration.GetSection("Exceed:Bootstrap").Get<BootstrapSettings>() ?? new BootstrapSettings();
        var needs = new StartupNeeds(migrate, Exceed.Core.Staff.Roles.All, settings.ApiKey is { Length: > 0 } key ? ApiKeyAuthentication.Hash(key) : null);
        // Most starts find the database as the last one left it: one plain query says so, and EF Core and Identity are
        // first used by the requests and background work that need them, not on the way to the first page.
        if (!await DatabaseReadiness.IsReadyAsync(app.Services.GetRequiredService<DatabaseSettings>(), needs))
        {
            using var scope = app.Services.CreateScope();
            if (migrate)
            {
                await DatabaseStartup.MigrateAsync(scope.ServiceProvider.GetRequiredService<ExceedDb>());
            }
            await scope.ServiceProvider.GetRequiredService<Bootstrap>().RunAsync(settings);
        }
        var seedDemo = app.Configuration.GetValue("Exceed:Demo:SeedWhenEmpty", true);
        var warmPhrasebook = app.Configuration.GetValue("Exceed:Language:LoadPhrasebookOnStart", true);
        // The demo shop and the phrasebook load once the site answers: the sign-in page need not wait for them, and the
        // first agent to type does not wait for the shipped phrasebook to be copied, the checker and completions built.
        app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(async () =>
        {
            if (seedDemo)
            {
                await SeedDemoAsync(app);
            }
            if (warmPhrasebook)
            {
                await WarmPhrasebookAsync(app);
            }
        }));
    }
}

/// <summary>What /healthz answers while the app serves requests.</summary>
internal sealed record Health(string Status);
