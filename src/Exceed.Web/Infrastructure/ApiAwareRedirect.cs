using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Exceed.Web.Infrastructure;

/// <summary>Browsers are sent to the sign-in page; API callers get 401/403 problem details instead of a redirect.</summary>
internal static class ApiAwareRedirect
{
    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static Task ToLogin(RedirectContext<CookieAuthenticationOptions> context) => IsApi(context.HttpContext)
        ? AuthProblems.NotSignedInAsync(context.HttpContext)
        : Redirect(context);

    public static Task ToDenied(RedirectContext<CookieAuthenticationOptions> context) => IsApi(context.HttpContext)
        ? AuthProblems.NotAllowedAsync(context.HttpContext)
        : Redirect(context);

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
