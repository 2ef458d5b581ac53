using System.Net.Http.Headers;

namespace Exceed.Web.Tests.Infrastructure;

/// <summary>The API calls the scenarios repeat, and the checks every problem response must pass.</summary>
public static class ApiCalls
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<Guid> CreateCustomerAsync(this HttpClient api, CustomerBuilder customer)
    {
        var response = await api.PostAsJsonAsync("/api/v1/customers", customer.Build(), Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> RecognizeAsync(this HttpClient api, string kind, string value) =>
        api.GetAsync($"/api/v1/recognize?{kind}={Uri.EscapeDataString(value)}", Ct);

    public static async Task<JsonElement> CardAsync(this HttpClient api, string kind, string value)
    {
        var response = await api.RecognizeAsync(kind, value);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    public static async Task<JsonElement> ExportAsync(this HttpClient api, Guid id) =>
        await api.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}/export", Ct);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

    /// <summary>Asserts an RFC 7807 answer with this status and a sentence a person can act on; returns the body.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), $"problem without detail: {text}");
        return problem;
    }

    public static StringContent RawJson(string json) => new(json, MediaTypeHeaderValue.Parse("application/json"));

    public static string[] Strings(this JsonElement array) => array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.ToString()).ToArray();
}
