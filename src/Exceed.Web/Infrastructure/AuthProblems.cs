namespace Exceed.Web.Infrastructure;

/// <summary>The 401 and 403 answers, the same whether the caller sent a cookie or an API key.</summary>
internal static class AuthProblems
{
    public static Task NotSignedInAsync(HttpContext context) =>
        Results.Problem(statusCode: 401, title: "Not signed in",
            detail: "Sign in as staff, or send an X-Api-Key header with a key an admin created (a revoked or unknown key is refused).").ExecuteAsync(context);

    public static Task NotAllowedAsync(HttpContext context) =>
        Results.Problem(statusCode: 403, title: "Not allowed",
            detail: "Your role (or this API key's role) may not do this; ask an admin.").ExecuteAsync(context);
}
