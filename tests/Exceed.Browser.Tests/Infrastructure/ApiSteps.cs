namespace Exceed.Browser.Tests.Infrastructure;

/// <summary>What the shop's other systems do through the API while the agent watches the screen.</summary>
public static class ApiSteps
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<Guid> CreateCustomerAsync(this HttpClient api, object customer)
    {
        var response = await api.PostAsJsonAsync("/api/v1/customers", customer, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    public static async Task RingAsync(this HttpClient api, string caller)
    {
        var response = await api.PostAsJsonAsync("/api/v1/calls/incoming",
            new { caller, called = "021 6888 8888", callId = Guid.NewGuid().ToString() }, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>The words for the time of day in Shanghai, as a receptionist would say them now.</summary>
    public static string HansGreetingNow()
    {
        var hour = TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Hour;
        return hour switch
        {
            >= 5 and < 11 => "早上好",
            >= 11 and < 13 => "中午好",
            >= 13 and < 18 => "下午好",
            _ => "晚上好",
        };
    }
}
