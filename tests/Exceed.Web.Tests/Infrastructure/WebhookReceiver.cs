using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Exceed.Web.Tests.Infrastructure;

/// <summary>A real HTTP endpoint on loopback that records what Exceed POSTs to an integration's webhook.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Channel<(IHeaderDictionary Headers, byte[] Body)> received = Channel.CreateUnbounded<(IHeaderDictionary, byte[])>();

    private WebhookReceiver(WebApplication app) => this.app = app;

    public string Url => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook";

    public int StatusToAnswer { get; set; } = 200;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            var headers = new HeaderDictionary(http.Request.Headers.ToDictionary(h => h.Key, h => h.Value));
            await receiver.received.Writer.WriteAsync((headers, body.ToArray()));
            return Results.StatusCode(receiver.StatusToAnswer);
        });
        await app.StartAsync();
        return receiver;
    }

    /// <summary>The next POST, or a failed test after the given wait.</summary>
    public async Task<(IHeaderDictionary Headers, byte[] Body)> NextAsync(TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? TimeSpan.FromSeconds(20));
        return await received.Reader.ReadAsync(timeout.Token);
    }

    public bool TryTake(out (IHeaderDictionary Headers, byte[] Body) post) => received.Reader.TryRead(out post);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
