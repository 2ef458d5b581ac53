using Exceed.Web.Tests.Infrastructure;

namespace Exceed.Web.Tests.Conversations;

/// <summary>The conversation calls the inbox scenarios repeat.</summary>
internal static class ConversationApi
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<Guid> CreateChannelAsync(this HttpClient api, string name = "WeChat 服务号", string senderKind = "weChat", string? webhookUrl = null)
    {
        var response = await api.PostAsJsonAsync("/api/v1/channels", new { name, senderKind, webhookUrl }, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> SendAsync(this HttpClient api, Guid channel, string from, string text, string messageId, string? name = null) =>
        api.PostAsJsonAsync($"/api/v1/channels/{channel}/messages", new { from, name, text, messageId }, Ct);

    public static async Task<JsonElement> ReceivedAsync(this HttpClient api, Guid channel, string from, string text, string messageId, string? name = null)
    {
        var response = await api.SendAsync(channel, from, text, messageId, name);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return await response.JsonAsync();
    }

    public static async Task<JsonElement> ConversationAsync(this HttpClient api, Guid id) =>
        await api.GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{id}", Ct);

    public static async Task<JsonElement> InboxAsync(this HttpClient api, string query) =>
        await api.GetFromJsonAsync<JsonElement>($"/api/v1/conversations?{query}", Ct);

    public static async Task<JsonElement> OkAsync(this Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        return await response.JsonAsync();
    }

    public static async Task<(string Id, HttpClient Client)> AddAgentAsync(this ExceedFactory app, HttpClient api, string email, string name)
    {
        var created = await api.PostAsJsonAsync("/api/v1/staff", new { email, displayName = name, role = "agent", password = "agent-pass-123" }, Ct).OkAsync();
        var (client, _) = await app.AsStaffAsync(email, "agent-pass-123");
        return (created.GetProperty("id").GetString()!, client);
    }

    public static Guid Id(this JsonElement e, string property) => e.GetProperty(property).GetGuid();

    public static string Text(this JsonElement e, string property) => e.GetProperty(property).GetString() ?? "";
}
