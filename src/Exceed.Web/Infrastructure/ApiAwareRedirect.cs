using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Exceed.Web.Infrastructure;

/// <summary>Browsers are sent to the sign-in page; API callers get 401/403 problem details instead of a redirect.</summary>
internal static class ApiAwareRedirect
{
    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static Task ToLogin(RedirectContext<CookieAuthenticationOptions> context) => IsApi(context.HttpContext)
        ? Results.Problem(statusCode: 401, title: "Not signed in", detail: "Sign in as staff or send an X-Api-Key header.").ExecuteAsync(context.HttpContext)
        : Redirect(context);

    public static Task ToDenied(RedirectContext<CookieAuthenticationOptions> context) => IsApi(context.HttpContext)
        ? Results.Problem(statusCode: 403, title: "Not allowed", detail: "Your role may not do this; ask an admin.").ExecuteAsync(context.HttpContext)
        : Redirect(context);

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
