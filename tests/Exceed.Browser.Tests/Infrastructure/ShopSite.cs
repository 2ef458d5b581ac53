using System.Net.Sockets;
using System.Text;

namespace Exceed.Browser.Tests.Infrastructure;

/// <summary>A shop's own web page on another loopback origin (its own port), embedding the widget with one script line.</summary>
public sealed class ShopSite : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly string html;
    private readonly Task serving;

    public ShopSite(Uri exceed, string brand, string lang)
    {
        html = $"""
            <!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{brand}</title></head>
            <body><h1>{brand}</h1><script src="{exceed}widget.js" data-brand="{brand}"></script></body></html>
            """;
        listener.Start();
        serving = ServeAsync();
    }

    public Uri Address => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");

    /// <summary>Answers every request with the page: the browser asks for nothing else from this origin.</summary>
    private async Task ServeAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _ = AnswerAsync(client);
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
            while (!string.IsNullOrEmpty(await reader.ReadLineAsync()))
            {
            }
            var body = Encoding.UTF8.GetBytes(html);
            var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
            await stream.WriteAsync(head);
            await stream.WriteAsync(body);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await serving;
        stop.Dispose();
    }
}
