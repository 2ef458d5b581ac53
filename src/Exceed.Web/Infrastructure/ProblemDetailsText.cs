using Microsoft.AspNetCore.Http.Features;

namespace Exceed.Web.Infrastructure;

/// <summary>Gives bare status codes (413, 404, 415, ...) a sentence a person can act on.</summary>
internal static class ProblemDetailsText
{
    public static void Describe(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Detail ??= problem.Status switch
        {
            400 => "The request could not be read; check that the body is valid JSON with the documented fields.",
            404 => "Nothing is at this address; check the URL against /openapi/v1.json.",
            405 => "This address does not accept that method; check /openapi/v1.json.",
            413 when context.HttpContext.Request.Path.StartsWithSegments("/widget/api") =>
                "The chat message is too large; a chat request may carry at most 64 KB. Split the text into several messages.",
            413 => "The request is too large; send a smaller body (messages up to 1 MB, uploads up to 20 MB).",
            415 => "Send the body as application/json (or multipart/form-data for file uploads).",
            500 => "Something went wrong on our side; nothing was changed. Try again, and tell an admin if it repeats.",
            _ => problem.Detail,
        };
        if (context.Exception is BadHttpRequestException bad && context.HttpContext.Features.Get<IHttpResponseFeature>() is { HasStarted: false })
        {
            problem.Status = bad.StatusCode;
        }
    }
}
