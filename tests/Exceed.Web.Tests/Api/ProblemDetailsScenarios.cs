using System.Net.Http.Headers;
using Exceed.Web.Tests.Infrastructure;

namespace Exceed.Web.Tests.Api;

/// <summary>Every error is RFC 7807 problem details with a sentence a shop owner can act on, and a failed request changes nothing.</summary>
public abstract class ProblemDetailsScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    [Fact]
    public async Task Customer_without_a_name_is_refused_naming_the_field()
    {
        var response = await Api.PostAsJsonAsync("/api/v1/customers", CustomerBuilder.Named(null).Phone("13800138000").Build(), Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("displayName", out _), problem.ToString());
        Assert.Equal(0, await CustomerCountAsync());
    }

    [Fact]
    public async Task Bad_phone_is_refused_naming_the_identity()
    {
        var response = await Api.PostAsJsonAsync("/api/v1/customers", CustomerBuilder.Named("王建国").Phone("12345").Build(), Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("identities[0].value", out _), problem.ToString());
        Assert.Equal(0, await CustomerCountAsync());
    }

    [Fact]
    public async Task Malformed_json_is_a_bad_request_problem()
    {
        var response = await Api.PostAsync("/api/v1/customers", ApiCalls.RawJson("{\"displayName\": \"王"), Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("JSON", problem.GetProperty("detail").GetString());
        Assert.Equal(0, await CustomerCountAsync());
    }

    [Fact]
    public async Task Body_over_one_megabyte_is_refused_as_too_large()
    {
        var note = new string('x', 1024 * 1024 + 10);
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(CustomerBuilder.Named("王建国").Note(note).Build()));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");

        // As a careful client sends a large body: it asks first (Expect: 100-continue), so the refusal is read rather than
        // lost in a broken pipe when the server closes the connection on a body it will not take.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/customers") { Content = content };
        request.Headers.ExpectContinue = true;
        var response = await Api.SendAsync(request, Ct);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await CustomerCountAsync());
    }

    [Fact]
    public async Task Unknown_address_under_the_api_is_a_not_found_problem()
    {
        var response = await Api.GetAsync("/api/v1/no-such-thing", Ct);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_customer_id_is_a_not_found_problem()
    {
        var response = await Api.GetAsync($"/api/v1/customers/{Guid.NewGuid()}", Ct);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Call_without_an_api_key_is_an_unauthorized_problem()
    {
        using var anonymous = App.CreateBrowserlessClient();

        var response = await anonymous.GetAsync("/api/v1/customers", Ct);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Unknown_api_key_is_an_unauthorized_problem()
    {
        using var stranger = App.CreateApiClient("not-a-key");

        var response = await stranger.GetAsync("/api/v1/customers", Ct);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Agent_key_may_not_call_an_admin_endpoint()
    {
        var created = await (await Api.PostAsJsonAsync("/api/v1/api-keys", new { name = "front desk", role = "agent" }, Ct)).JsonAsync();
        using var agent = App.CreateApiClient(created.GetProperty("key").GetString()!);

        var response = await agent.PostAsJsonAsync("/api/v1/staff",
            new { email = "sneaky@exceed.local", displayName = "Sneaky", role = "admin", password = "password123" }, Ct);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        var staff = await Api.GetFromJsonAsync<JsonElement>("/api/v1/staff", Ct);
        Assert.Equal(1, staff.GetArrayLength());
    }

    [Fact]
    public async Task Agent_key_may_recognise_callers()
    {
        await CreateAsync(CustomerBuilder.WangJianguo());
        var created = await (await Api.PostAsJsonAsync("/api/v1/api-keys", new { name = "phone system", role = "agent" }, Ct)).JsonAsync();
        using var agent = App.CreateApiClient(created.GetProperty("key").GetString()!);

        var response = await agent.RecognizeAsync("phone", "13800138000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class ProblemDetailsOnSqlite(SqliteExceed app) : ProblemDetailsScenarios<SqliteExceed>(app);
public sealed class ProblemDetailsOnPostgres(PostgresExceed app) : ProblemDetailsScenarios<PostgresExceed>(app);
