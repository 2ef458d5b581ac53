using Exceed.Web.Tests.Infrastructure;

namespace Exceed.Web.Tests.Api;

/// <summary>Integrators read the API from its OpenAPI document.</summary>
public abstract class OpenApiScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    [Fact]
    public async Task OpenApi_document_lists_recognition()
    {
        using var anonymous = App.CreateBrowserlessClient();

        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/recognize", out _));
    }

    [Fact]
    public async Task Health_check_answers_without_signing_in()
    {
        using var anonymous = App.CreateBrowserlessClient();

        var response = await anonymous.GetAsync("/healthz", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class OpenApiOnSqlite(SqliteExceed app) : OpenApiScenarios<SqliteExceed>(app);
public sealed class OpenApiOnPostgres(PostgresExceed app) : OpenApiScenarios<PostgresExceed>(app);
