using Exceed.Core.Customers;
using Exceed.Core.Recognition;
using Exceed.Web.Infrastructure;

namespace Exceed.Web.Recognition;

/// <summary>/api/v1/recognize: who is this, before they say a word.</summary>
internal static class RecognitionApi
{
    public static void MapRecognitionApi(this RouteGroupBuilder api)
    {
        api.MapGet("/recognize", async (string? phone, string? email, string? handle, string? order, string? wechat, string? taobao, string? lang,
                HttpContext http, RecognitionService recognition, CancellationToken ct) =>
            {
                var given = new (IdentityKind Kind, string? Value)[]
                {
                    (IdentityKind.Phone, phone), (IdentityKind.Email, email), (IdentityKind.Handle, handle),
                    (IdentityKind.Order, order), (IdentityKind.WeChat, wechat), (IdentityKind.Taobao, taobao),
                }.Where(x => x.Value is not null).ToList();
                if (given.Count != 1)
                {
                    return TypedResults.ValidationProblem(
                        new Dictionary<string, string[]> { ["phone"] = ["Give exactly one of phone, email, handle, order, wechat or taobao."] },
                        "Give exactly one of phone, email, handle, order, wechat or taobao.");
                }
                var (kind, value) = given[0];
                var agentLanguage = lang ?? http.Request.Headers.AcceptLanguage.ToString().Split(',')[0];
                var result = await recognition.IdentifyAsync(kind, value, agentLanguage, ct);
                if (result.Error is { } error)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [kind.ToString().ToLowerInvariant()] = [error] }, error);
                }
                return result.Card is { } card
                    ? Results.Ok(card)
                    : TypedResults.Problem(
                        $"Nobody with {IdentityNormalizer.Describe(kind)} {result.NormalizedValue} yet; create the customer with it already filled in.",
                        statusCode: 404, title: "Not a known customer",
                        extensions: new Dictionary<string, object?> { ["kind"] = kind.ToString(), ["value"] = result.NormalizedValue });
            })
            .WithTags("Recognition")
            .RequireAuthorization(WebSetup.StaffPolicy)
            .WithSummary("The customer card for a phone, email, handle, order number, WeChat or Taobao id: greeting, history and what to offer.");
    }
}
