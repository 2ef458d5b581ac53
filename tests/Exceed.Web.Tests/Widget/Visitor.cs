using System.Net.Http.Headers;
using Exceed.Web.Tests.Infrastructure;

namespace Exceed.Web.Tests.Widget;

/// <summary>A chat visitor as the widget acts for them: a client with no staff credentials and the token it was given.</summary>
internal sealed class Visitor(HttpClient http) : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public string? Token { get; private set; }
    public HttpClient Http => http;

    public static async Task<Visitor> StartAsync(ExceedFactory app, string? token = null)
    {
        var visitor = new Visitor(app.CreateBrowserlessClient());
        var started = await visitor.StartAsync(new { token });
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        return visitor;
    }

    public async Task<HttpResponseMessage> StartAsync(object body)
    {
        var response = await http.PostAsJsonAsync("/widget/api/start", body, Ct);
        if (response.IsSuccessStatusCode)
        {
            var view = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Token = view.GetProperty("token").GetString();
            Opened = view;
        }
        return response;
    }

    public JsonElement Opened { get; private set; }

    public Task<HttpResponseMessage> SendAsync(object body, string? token = null) => PostAsync("/widget/api/messages", JsonContent.Create(body), token);

    public Task<HttpResponseMessage> SayAsync(string text, string? clientId = null) => SendAsync(new { text, clientId = clientId ?? Guid.NewGuid().ToString("N") });

    public async Task<JsonElement> SaidAsync(string text)
    {
        var response = await SayAsync(text);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await response.JsonAsync();
    }

    public async Task<HttpResponseMessage> PostAsync(string path, HttpContent content, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Add("X-Visitor-Token", token ?? Token);
        return await http.SendAsync(request, Ct);
    }

    /// <summary>Opens the live stream the widget listens on.</summary>
    public async Task<LiveStream> ListenAsync()
    {
        var response = await http.GetAsync($"/widget/api/stream?token={Uri.EscapeDataString(Token!)}", HttpCompletionOption.ResponseHeadersRead, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stream = new LiveStream(response, new StreamReader(await response.Content.ReadAsStreamAsync(Ct)));
        await stream.NextAsync("ready");
        return stream;
    }

    public static StringContent Raw(string json) => new(json, MediaTypeHeaderValue.Parse("application/json"));

    public void Dispose() => http.Dispose();
}
