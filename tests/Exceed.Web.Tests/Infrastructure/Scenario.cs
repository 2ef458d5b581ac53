namespace Exceed.Web.Tests.Infrastructure;

/// <summary>Base of every integration scenario: one app per test class, an empty shop per test, the admin's API client.</summary>
public abstract class Scenario<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime
    where TApp : ExceedFactory
{
    protected TApp App { get; } = app;
    protected HttpClient Api { get; private set; } = default!;
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await App.ResetAsync();
        Api = App.CreateApiClient();
    }

    public ValueTask DisposeAsync()
    {
        Api.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected Task<Guid> CreateAsync(CustomerBuilder customer) => Api.CreateCustomerAsync(customer);

    protected async Task<int> CustomerCountAsync()
    {
        var list = await Api.GetFromJsonAsync<JsonElement>("/api/v1/customers?limit=200", Ct);
        return list.GetArrayLength();
    }
}
