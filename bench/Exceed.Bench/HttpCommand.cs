using System.CommandLine;
using System.Diagnostics;
using HdrHistogram;

namespace Exceed.Bench;

/// <summary>`bench http`: many concurrent callers against GET /api/v1/recognize?phone=..., the figure a phone system would see.</summary>
internal static class HttpCommand
{
    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "Base address of a running Exceed.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var concurrency = new Option<int>("--concurrency") { Description = "Concurrent request loops.", DefaultValueFactory = _ => 64 };
        var duration = new Option<int>("--duration") { Description = "Seconds to run after a 5 s warm-up.", DefaultValueFactory = _ => 30 };
        var apiKey = new Option<string>("--api-key") { Description = "Sent as X-Api-Key.", Required = true };
        var phonesFile = new Option<string>("--phones") { Description = "File of known phones, from `bench phones`.", Required = true };
        var command = new Command("http", "Load GET /api/v1/recognize with concurrent HttpClient loops and report p50/p99/throughput.")
            { url, concurrency, duration, apiKey, phonesFile };
        command.SetAction(async (parse, ct) =>
        {
            var phones = await BenchServices.ReadPhonesAsync(parse.GetValue(phonesFile)!, ct);
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = parse.GetValue(concurrency), PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
            using var client = new HttpClient(handler) { BaseAddress = new Uri(parse.GetValue(url)!), Timeout = TimeSpan.FromSeconds(30) };
            client.DefaultRequestHeaders.Add("X-Api-Key", parse.GetValue(apiKey));
            var callers = parse.GetValue(concurrency);
            Console.WriteLine($"HTTP recognition: {client.BaseAddress}, {callers} concurrent loops, {phones.Length:N0} known phones, {Environment.ProcessorCount} cores");
            await RunAsync(client, phones, callers, TimeSpan.FromSeconds(5), ct);
            var (histogram, failures, elapsed) = await RunAsync(client, phones, callers, TimeSpan.FromSeconds(parse.GetValue(duration)), ct);
            LatencyReport.Print("GET /api/v1/recognize?phone=...", histogram, elapsed, failures);
            return failures == 0 ? 0 : 1;
        });
        return command;
    }

    private static async Task<(LongHistogram Histogram, long Failures, TimeSpan Elapsed)> RunAsync(
        HttpClient client, string[] phones, int callers, TimeSpan duration, CancellationToken ct)
    {
        long failures = 0;
        var stopwatch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, callers).Select(worker => Task.Run(async () =>
        {
            var histogram = LatencyReport.NewHistogram();
            var random = new Random(worker);
            while (stopwatch.Elapsed < duration && !ct.IsCancellationRequested)
            {
                var path = "/api/v1/recognize?phone=" + Uri.EscapeDataString(phones[random.Next(phones.Length)]);
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead, ct);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }
                histogram.RecordValue(Stopwatch.GetTimestamp() - start);
            }
            return histogram;
        }, ct)).ToList();
        var total = await LatencyReport.CombineAsync(workers);
        return (total, failures, stopwatch.Elapsed);
    }
}
