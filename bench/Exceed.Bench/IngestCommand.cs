using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using HdrHistogram;

namespace Exceed.Bench;

/// <summary>Loads POST /api/v1/channels/{id}/messages, writing every acknowledged message id to a file; --verify re-sends them to prove none was lost.</summary>
internal static class IngestCommand
{
    private static readonly string[] Texts =
    [
        "你好,我的订单还没发货,能帮我查一下吗?", "訂單 8812 什麼時候到?", "Hi, my parcel has not moved for three days.",
        "房间可以换成无烟房吗", "Can I change the size of the cashmere scarf I bought?", "储值卡余额怎么查", "谢谢,收到了!",
    ];

    public static Command Create()
    {
        var url = new Option<string>("--url") { DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var apiKey = new Option<string>("--api-key") { Required = true };
        var channel = new Option<Guid>("--channel") { Description = "API channel id.", Required = true };
        var concurrency = new Option<int>("--concurrency") { DefaultValueFactory = _ => 32 };
        var duration = new Option<int>("--duration") { Description = "Seconds of load.", DefaultValueFactory = _ => 20 };
        var senders = new Option<int>("--senders") { Description = "Distinct customers writing.", DefaultValueFactory = _ => 2000 };
        var acks = new Option<string>("--acks") { Description = "File to which each acknowledged message id is appended.", Required = true };
        var verify = new Option<bool>("--verify") { Description = "Re-send every id in --acks: 200 = stored before, 201 = it had been lost." };
        var command = new Command("ingest", "Sustained inbound messages through the API channel; durability check with --verify.")
            { url, apiKey, channel, concurrency, duration, senders, acks, verify };
        command.SetAction(async (parse, ct) =>
        {
            var loops = parse.GetValue(concurrency);
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = loops };
            using var client = new HttpClient(handler) { BaseAddress = new Uri(parse.GetValue(url)!), Timeout = TimeSpan.FromSeconds(30) };
            client.DefaultRequestHeaders.Add("X-Api-Key", parse.GetValue(apiKey));
            var path = $"/api/v1/channels/{parse.GetValue(channel)}/messages";
            return parse.GetValue(verify)
                ? await VerifyAsync(client, path, parse.GetValue(acks)!, loops, ct)
                : await LoadAsync(client, path, parse.GetValue(acks)!, loops, TimeSpan.FromSeconds(parse.GetValue(duration)), parse.GetValue(senders), ct);
        });
        return command;
    }

    private static async Task<int> LoadAsync(HttpClient client, string path, string acksFile, int loops, TimeSpan duration, int senders, CancellationToken ct)
    {
        await using var acks = new StreamWriter(acksFile, append: false) { AutoFlush = true };
        var gate = new SemaphoreSlim(1);
        long acknowledged = 0, failures = 0;
        var stopwatch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, loops).Select(worker => Task.Run(async () =>
        {
            var histogram = LatencyReport.NewHistogram();
            var random = new Random(worker);
            for (var n = 0; stopwatch.Elapsed < duration && !ct.IsCancellationRequested; n++)
            {
                var id = $"{worker}-{n}-{Guid.NewGuid():N}";
                var body = new { from = $"wx_bench_{random.Next(senders)}", text = Texts[random.Next(Texts.Length)], messageId = id };
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.PostAsJsonAsync(path, body, ct);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        histogram.RecordValue(Stopwatch.GetTimestamp() - start);
                        Interlocked.Increment(ref acknowledged);
                        await gate.WaitAsync(ct);
                        try { await acks.WriteLineAsync(id); } finally { gate.Release(); }
                    }
                    else
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
                catch (HttpRequestException)
                {
                    // The server was killed: stop this loop, what was acknowledged is on file.
                    Interlocked.Increment(ref failures);
                    return histogram;
                }
            }
            return histogram;
        }, ct)).ToList();
        var total = await LatencyReport.CombineAsync(workers);
        LatencyReport.Print("POST /api/v1/channels/{id}/messages (201 only)", total, stopwatch.Elapsed, failures);
        Console.WriteLine($"acknowledged: {acknowledged:N0} messages, {acknowledged / stopwatch.Elapsed.TotalSeconds:N0}/s");
        return 0;
    }

    private static async Task<int> VerifyAsync(HttpClient client, string path, string acksFile, int loops, CancellationToken ct)
    {
        var ids = await File.ReadAllLinesAsync(acksFile, ct);
        long stored = 0, lost = 0;
        await Parallel.ForEachAsync(ids.Where(i => i.Length > 0), new ParallelOptions { MaxDegreeOfParallelism = loops, CancellationToken = ct }, async (id, token) =>
        {
            using var response = await client.PostAsJsonAsync(path, new { from = "wx_bench_verify", text = "verify", messageId = id }, token);
            Interlocked.Increment(ref response.StatusCode == HttpStatusCode.OK ? ref stored : ref lost);
        });
        Console.WriteLine($"verify: {stored:N0} acknowledged messages found stored, {lost:N0} lost");
        return lost == 0 ? 0 : 1;
    }
}
