using System.Text.Json.Serialization;
using Exceed.Core.Data;
using Exceed.Core.Staff;
using Exceed.Web.Mailboxes;
using Exceed.Web.Staff;
using Exceed.Web.Widget;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace Exceed.Web.Infrastructure;

/// <summary>Everything the web host adds on top of the core services: sign-in, API keys, problem details, UI, languages.</summary>
internal static class WebSetup
{
    public const string StaffPolicy = "staff";
    public const string LeadPolicy = "lead";
    public const string AdminPolicy = "admin";
    public static readonly string[] UiCultures = Exceed.Core.Customers.Languages.Supported;

    public static void AddExceedWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var limits = builder.Configuration.GetSection("Exceed:Limits").Get<LimitSettings>() ?? new LimitSettings();
        services.AddSingleton(limits);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = limits.MaxRequestBytes);

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddExceedScaleOut(builder.Configuration);
        services.AddCascadingAuthenticationState();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemDetailsText.Describe);
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Exceed API";
            doc.Info.Description = "Customer memory, recognition and calls. Authenticate with the X-Api-Key header or a staff sign-in cookie.";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase, allowIntegerValues: false));
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        services.AddMemoryCache();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = ApiKeyAuthentication.SmartScheme;
                o.DefaultChallengeScheme = ApiKeyAuthentication.SmartScheme;
            })
            .AddPolicyScheme(ApiKeyAuthentication.SmartScheme, "Cookie or API key", o =>
                o.ForwardDefaultSelector = ctx => ctx.Request.Headers.ContainsKey(ApiKeyAuthentication.Header)
                    ? ApiKeyAuthentication.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "exceed.staff";
            o.Events.OnRedirectToLogin = ApiAwareRedirect.ToLogin;
            o.Events.OnRedirectToAccessDenied = ApiAwareRedirect.ToDenied;
        });
        services.AddIdentityCore<StaffUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ExceedDb>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<StaffClaims>()
            .AddDefaultTokenProviders();
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, p => p.RequireRole(Roles.All))
            .AddPolicy(LeadPolicy, p => p.RequireRole(Roles.Lead, Roles.Admin))
            .AddPolicy(AdminPolicy, p => p.RequireRole(Roles.Admin));
        services.AddScoped<StaffAdministration>();
        services.AddScoped<Bootstrap>();
        services.AddScoped<Calls.RecentCalls>();
        services.AddHttpClient<Exceed.Core.Channels.WebhookReplySender>(c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddScoped<Exceed.Core.Channels.IReplySender>(sp => sp.GetRequiredService<Exceed.Core.Channels.WebhookReplySender>());
        services.AddHostedService<Channels.DeliveryWorker>();
        services.AddHostedService<Deadlines.DeadlineSweeper>();
        services.AddMailboxPolling(builder.Configuration);
        services.AddWidget(builder.Configuration);
    }

    public static void UseExceedPipeline(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError });
        app.UseStatusCodePages();
        app.UseRequestLocalization(o =>
        {
            o.SetDefaultCulture("zh-Hans").AddSupportedCultures(UiCultures).AddSupportedUICultures(UiCultures);
            o.RequestCultureProviders.Insert(0, new CookieRequestCultureProvider());
            o.ApplyCurrentCultureToResponseHeaders = true;
        });
        app.UseStaticFiles();
        app.UseWidget();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
    }
}

public sealed class LimitSettings
{
    public long MaxRequestBytes { get; set; } = 1024 * 1024;
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;
}
