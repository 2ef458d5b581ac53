using System.CommandLine;
using System.Diagnostics;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Exceed.Core.Recognition;
using HdrHistogram;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Bench;

/// <summary>
/// `bench inproc`: the primary recognition figure. Each call gets its own DI scope and DbContext, as an HTTP request would,
/// and is timed from scope creation to the finished customer card.
/// </summary>
internal static class InProcessCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "Timed recognitions.", DefaultValueFactory = _ => 20_000 };
        var warmup = new Option<int>("--warmup") { Description = "Untimed recognitions first (JIT, query cache, page cache).", DefaultValueFactory = _ => 2_000 };
        var concurrency = new Option<int>("--concurrency") { Description = "Parallel callers.", DefaultValueFactory = _ => 1 };
        var phonesFile = new Option<string?>("--phones") { Description = "File of known phones (from `bench phones`); sampled from the database when absent." };
        var command = new Command("inproc", "Time RecognitionService.IdentifyAsync by phone in-process and report p50/p99/max.") { count, warmup, concurrency, phonesFile };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = BenchServices.Build();
            var phones = parse.GetValue(phonesFile) is { } file ? await BenchServices.ReadPhonesAsync(file, ct) : await SampleAsync(services, ct);
            var settings = services.GetRequiredService<DatabaseSettings>();
            Console.WriteLine($"Recognition in-process: {settings.Provider}, {phones.Length:N0} known phones, {parse.GetValue(concurrency)} caller(s), {Environment.ProcessorCount} cores");
            await RunAsync(services, phones, parse.GetValue(warmup), 1, seed: 1, ct);
            var (histogram, misses, elapsed) = await RunAsync(services, phones, parse.GetValue(count), parse.GetValue(concurrency), seed: 2, ct);
            LatencyReport.Print("IdentifyAsync(Phone) -> customer card", histogram, elapsed, misses);
            return misses == 0 ? 0 : 1;
        });
        return command;
    }

    private static async Task<string[]> SampleAsync(ServiceProvider services, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        return [.. await PhonesCommand.SampleAsync(scope.ServiceProvider.GetRequiredService<ExceedDb>(), 10_000, ct)];
    }

    private static async Task<(LongHistogram Histogram, long Misses, TimeSpan Elapsed)> RunAsync(
        ServiceProvider services, string[] phones, int count, int callers, int seed, CancellationToken ct)
    {
        var remaining = count;
        long misses = 0;
        var stopwatch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, callers).Select(worker => Task.Run(async () =>
        {
            var histogram = LatencyReport.NewHistogram();
            var random = new Random(seed * 1000 + worker);
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                var phone = phones[random.Next(phones.Length)];
                var start = Stopwatch.GetTimestamp();
                using (var scope = services.CreateScope())
                {
                    var result = await scope.ServiceProvider.GetRequiredService<RecognitionService>().IdentifyAsync(IdentityKind.Phone, phone, null, ct);
                    if (result.Card is null)
                    {
                        Interlocked.Increment(ref misses);
                    }
                }
                histogram.RecordValue(Stopwatch.GetTimestamp() - start);
            }
            return histogram;
        }, ct)).ToList();
        var total = await LatencyReport.CombineAsync(workers);
        return (total, misses, stopwatch.Elapsed);
    }
}
