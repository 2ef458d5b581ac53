using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Exceed.Core.Conversations;
using Exceed.Core.Events;
using Exceed.Web;
using HdrHistogram;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Bench;

/// <summary>`bench widget`: N open widget streams; how long from a visitor's POST until the agent side hears of it.</summary>
internal static class WidgetCommand
{
    public static Command Create()
    {
        var connections = new Option<int>("--connections") { Description = "Open widget SSE streams.", DefaultValueFactory = _ => 1000 };
        var messages = new Option<int>("--messages") { Description = "Measured visitor messages.", DefaultValueFactory = _ => 3000 };
        var senders = new Option<int>("--senders") { Description = "Visitors writing at the same moment.", DefaultValueFactory = _ => 4 };
        var command = new Command("widget", "Host Exceed on a fresh SQLite file, open N widget streams, and time visitor POST → ConversationChanged listener and → the visitor's stream.")
            { connections, messages, senders };
        command.SetAction(async (parse, ct) =>
            await RunAsync(parse.GetValue(connections), parse.GetValue(messages), parse.GetValue(senders), ct));
        return command;
    }

    private static async Task<int> RunAsync(int connections, int messages, int senders, CancellationToken ct)
    {
        var file = Path.Combine(Path.GetTempPath(), $"exceed-bench-widget-{Guid.NewGuid():N}.db");
        var app = await ExceedApp.BuildAsync(["--urls", "http://127.0.0.1:0"], b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Exceed:Database:ConnectionString"] = $"Data Source={file}",
            ["Exceed:Demo:SeedWhenEmpty"] = "false",
            ["Exceed:Widget:IpRequestsPerMinute"] = "10000000",
            ["Exceed:Widget:VisitorRequestsPerMinute"] = "1000000",
            ["Logging:LogLevel:Default"] = "Warning",
        }));
        await app.StartAsync(ct);
        try
        {
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections + senders + 16, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
            using var http = new HttpClient(handler) { BaseAddress = address, Timeout = Timeout.InfiniteTimeSpan };
            var sentAt = new ConcurrentDictionary<Guid, long>();
            var heard = LatencyReport.NewHistogram();
            var onStream = LatencyReport.NewHistogram();
            using var listening = app.Services.GetRequiredService<IEventBus>().Subscribe<ConversationChanged>(e =>
            {
                if (e.Kind == ChangeKind.CustomerWrote && sentAt.TryGetValue(e.ConversationId, out var start))
                {
                    lock (heard) { heard.RecordValue(Stopwatch.GetTimestamp() - start); }
                }
                return Task.CompletedTask;
            });

            Console.WriteLine($"Widget: {connections:N0} visitors each with an open stream and a conversation, {senders} writing at once, {messages:N0} messages, {Environment.ProcessorCount} cores");
            var visitors = new List<(string Token, Guid Conversation)>();
            using var streamsDone = new CancellationTokenSource();
            var readers = new List<Task>();
            foreach (var i in Enumerable.Range(0, connections))
            {
                var view = await (await http.PostAsJsonAsync("widget/api/start", new { }, ct)).Content.ReadFromJsonAsync<JsonElement>(ct);
                var token = view.GetProperty("token").GetString()!;
                var first = await PostAsync(http, token, $"visitor {i} says hello", ct);
                visitors.Add((token, first));
                readers.Add(ReadStreamAsync(http, token, first, sentAt, onStream, streamsDone.Token));
            }
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
            Console.WriteLine($"  open streams: {app.Services.GetRequiredService<Exceed.Web.Widget.WidgetStreams>().OpenCount:N0}");

            var next = -1;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, senders).Select(s => Task.Run(async () =>
            {
                for (var n = Interlocked.Increment(ref next); n < messages; n = Interlocked.Increment(ref next))
                {
                    // One message per sender's visitor at a time, so a conversation has at most one message in flight.
                    var (token, conversation) = visitors[(n % (visitors.Count / senders)) * senders + s];
                    sentAt[conversation] = Stopwatch.GetTimestamp();
                    await PostAsync(http, token, $"message {n}: 请问订单 {n} 发货了吗?", ct);
                }
            }, ct)));
            var elapsed = clock.Elapsed;
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
            await streamsDone.CancelAsync();
            LatencyReport.Print("visitor POST /widget/api/messages → ConversationChanged heard by a listener", heard, elapsed);
            LatencyReport.Print("visitor POST /widget/api/messages → the line on that visitor's open SSE stream", onStream, elapsed);
            return 0;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }

    private static async Task<Guid> PostAsync(HttpClient http, string token, string text, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "widget/api/messages") { Content = JsonContent.Create(new { text, clientId = Guid.NewGuid().ToString("N") }) };
        request.Headers.Add("X-Visitor-Token", token);
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("conversationId").GetGuid();
    }

    private static async Task ReadStreamAsync(HttpClient http, string token, Guid conversation, ConcurrentDictionary<Guid, long> sentAt, LongHistogram onStream, CancellationToken ct)
    {
        try
        {
            using var response = await http.GetAsync($"widget/api/stream?token={Uri.EscapeDataString(token)}", HttpCompletionOption.ResponseHeadersRead, ct);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
            while (await reader.ReadLineAsync(ct) is { } line)
            {
                if (line == "event: line" && sentAt.TryGetValue(conversation, out var start))
                {
                    lock (onStream) { onStream.RecordValue(Stopwatch.GetTimestamp() - start); }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }
}
