using System.Text.Json;
using Exceed.Core.Customers;
using Exceed.Core.Recognition;
using Exceed.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Exceed.Web.Recognition;

/// <summary>/api/v1/recognize: who is this, before they say a word.</summary>
internal static class RecognitionApi
{
    private const string OneIdentity = "Give exactly one of phone, email, handle, order, wechat or taobao.";

    public static void MapRecognitionApi(this RouteGroupBuilder api)
    {
        api.MapGet("/recognize", async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> (string? phone, string? email, string? handle, string? order, string? wechat, string? taobao, string? lang,
                HttpContext http, RecognitionService recognition, IOptions<JsonOptions> json, CancellationToken ct) =>
            {
                if (OnlyOne(phone, email, handle, order, wechat, taobao) is not { } given)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["phone"] = [OneIdentity] }, OneIdentity);
                }
                var (kind, value) = given;
                var agentLanguage = lang ?? FirstLanguage(http.Request.Headers.AcceptLanguage.ToString());
                var result = await recognition.IdentifyAsync(kind, value, agentLanguage, ct);
                if (result.Error is { } error)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [kind.ToString().ToLowerInvariant()] = [error] }, error);
                }
                return result.Source is { } source
                    ? TypedResults.Bytes(source.Editions.GetOrAdd(result.Wording, (result, json.Value.SerializerOptions),
                        static s => JsonSerializer.SerializeToUtf8Bytes(s.result.Card, s.SerializerOptions)), "application/json; charset=utf-8")
                    : TypedResults.Problem(
                        $"Nobody with {IdentityNormalizer.Describe(kind)} {result.NormalizedValue} yet; create the customer with it already filled in.",
                        statusCode: 404, title: "Not a known customer",
                        extensions: new Dictionary<string, object?> { ["kind"] = kind.ToString(), ["value"] = result.NormalizedValue });
            })
            .WithTags("Recognition")
            .RequireAuthorization(WebSetup.StaffPolicy)
            .Produces<CustomerCard>()
            .WithSummary("The customer card for a phone, email, handle, order number, WeChat or Taobao id: greeting, history and what to offer.");
    }

    private static (IdentityKind Kind, string Value)? OnlyOne(string? phone, string? email, string? handle, string? order, string? wechat, string? taobao)
    {
        (IdentityKind Kind, string Value)? given = null;
        var count = 0;
        Consider(IdentityKind.Phone, phone);
        Consider(IdentityKind.Email, email);
        Consider(IdentityKind.Handle, handle);
        Consider(IdentityKind.Order, order);
        Consider(IdentityKind.WeChat, wechat);
        Consider(IdentityKind.Taobao, taobao);
        return count == 1 ? given : null;

        void Consider(IdentityKind kind, string? value)
        {
            if (value is not null)
            {
                given = (kind, value);
                count++;
            }
        }
    }

    private static string FirstLanguage(string acceptLanguage)
    {
        var comma = acceptLanguage.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? acceptLanguage : acceptLanguage[..comma];
    }
}
