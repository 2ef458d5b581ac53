using System.Threading.RateLimiting;
using Exceed.Core.Widget;
using Microsoft.AspNetCore.RateLimiting;

namespace Exceed.Web.Widget;

/// <summary>What the widget needs from the host: its tokens and streams, CORS for its endpoints only, and rate limits per visitor and per IP.</summary>
internal static class WidgetSetup
{
    public const string CorsPolicy = "widget";
    public const string VisitorHeader = "X-Visitor-Token";

    public static void AddWidget(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("Exceed:Widget").Get<WidgetSettings>() ?? new WidgetSettings();
        services.AddSingleton<VisitorTokens>();
        services.AddSingleton<WidgetStreams>();
        services.AddHostedService<ResumeLinkMailing>();
        services.AddCors(o => o.AddPolicy(CorsPolicy, p =>
        {
            var origins = settings.AllowedOrigins.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim().TrimEnd('/')).ToArray();
            if (origins.Length == 0)
            {
                p.AllowAnyOrigin();
            }
            else
            {
                p.WithOrigins(origins);
            }
            p.WithMethods("GET", "POST").WithHeaders("Content-Type", VisitorHeader).SetPreflightMaxAge(TimeSpan.FromHours(1));
        }));
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PerMinute(http => http.Connection.RemoteIpAddress?.ToString() ?? "unknown", settings.IpRequestsPerMinute),
                PerMinute(VisitorKey, settings.VisitorRequestsPerMinute));
            o.OnRejected = RejectAsync;
        });
    }

    public static void UseWidget(this WebApplication app)
    {
        app.UseCors();
        app.UseRateLimiter();
    }

    private static bool IsWidget(HttpContext http) => http.Request.Path.StartsWithSegments("/widget/api");

    private static string VisitorKey(HttpContext http) =>
        http.Request.Headers[VisitorHeader].FirstOrDefault() ?? http.Request.Query["token"].FirstOrDefault()
        ?? "ip:" + http.Connection.RemoteIpAddress;

    private static PartitionedRateLimiter<HttpContext> PerMinute(Func<HttpContext, string> key, int permits) =>
        PartitionedRateLimiter.Create<HttpContext, string>(http => IsWidget(http) && http.Request.Method != HttpMethods.Options
            ? RateLimitPartition.GetFixedWindowLimiter(key(http), _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("other"));

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? (int)Math.Ceiling(retry.TotalSeconds) : 60;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await TypedResults.Problem($"Too many requests from this chat; wait {wait} seconds, then send again.",
            statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests").ExecuteAsync(http);
    }
}
