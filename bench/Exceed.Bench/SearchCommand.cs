using System.CommandLine;
using System.Diagnostics;
using Exceed.Core.Data;
using Exceed.Core.Search;
using HdrHistogram;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Bench;

/// <summary>`bench search`: loads N generated messages into the search index (bulk) and times one- and two-term queries.</summary>
internal static class SearchCommand
{
    private static readonly (string Group, string[] Queries)[] QuerySets =
    [
        ("CJK one term", ["订单", "發貨", "退款", "羊绒围巾", "还没有收到", "質量", "维修", "礼物"]),
        ("CJK two terms", ["订单 发货", "質量 問題", "退款 快递", "羊绒围巾 颜色", "早餐 房间", "发票 会员"]),
        ("English one term", ["refund", "parcel", "cashmere", "warranty", "tracking", "breakfast"]),
        ("English two terms", ["refund parcel", "order damaged", "cashmere scarf", "tracking number", "room breakfast"]),
        ("mixed zh + en", ["订单 refund", "發貨 parcel", "sku123 订单"]),
    ];

    public static Command Create()
    {
        var docs = new Option<int>("--docs") { Description = "Messages to generate (0: use what is there).", DefaultValueFactory = _ => 1_000_000 };
        var rounds = new Option<int>("--rounds") { Description = "Timed rounds over every query.", DefaultValueFactory = _ => 40 };
        var command = new Command("search", "Load generated zh/en messages into the search index of a migrated database (`exceed migrate`) and report query p50/p95/p99.") { docs, rounds };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = BenchServices.Build();
            var settings = services.GetRequiredService<DatabaseSettings>();
            if (parse.GetValue(docs) is > 0 and var count)
            {
                var load = Stopwatch.StartNew();
                await SearchLoader.LoadAsync(settings, count, ct);
                Console.WriteLine($"Loaded {count:N0} messages in {load.Elapsed.TotalSeconds:F0} s ({count / load.Elapsed.TotalSeconds:N0}/s), index ready");
            }
            Console.WriteLine($"Search: {settings.Provider}, {Environment.ProcessorCount} cores, 20 hits a query, newest first, with highlights and snippets");
            await RunAsync(services, 2, quiet: true, ct);
            await RunAsync(services, parse.GetValue(rounds), quiet: false, ct);
            return 0;
        });
        return command;
    }

    private static async Task RunAsync(ServiceProvider services, int rounds, bool quiet, CancellationToken ct)
    {
        var all = LatencyReport.NewHistogram();
        foreach (var (group, queries) in QuerySets)
        {
            var histogram = LatencyReport.NewHistogram();
            var hits = 0L;
            var stopwatch = Stopwatch.StartNew();
            for (var round = 0; round < rounds; round++)
            {
                foreach (var q in queries)
                {
                    var start = Stopwatch.GetTimestamp();
                    using var scope = services.CreateScope();
                    var result = await scope.ServiceProvider.GetRequiredService<SearchIndex>().SearchAsync(q, null, 20, ct);
                    hits += result.Value!.Hits.Count;
                    histogram.RecordValue(Stopwatch.GetTimestamp() - start);
                }
            }
            all.Add(histogram);
            if (!quiet)
            {
                Print($"{group} ({string.Join(", ", queries)}), {hits / Math.Max(1, rounds * queries.Length)} hits/query", histogram, stopwatch.Elapsed);
            }
        }
        if (!quiet)
        {
            Print("all queries", all, TimeSpan.Zero);
        }
    }

    private static void Print(string title, LongHistogram h, TimeSpan elapsed) =>
        Console.WriteLine($"{title}\n  n={h.TotalCount:N0}  p50 {LatencyReport.Milliseconds(h.GetValueAtPercentile(50)):F2} ms  "
            + $"p95 {LatencyReport.Milliseconds(h.GetValueAtPercentile(95)):F2} ms  p99 {LatencyReport.Milliseconds(h.GetValueAtPercentile(99)):F2} ms  "
            + $"max {LatencyReport.Milliseconds(h.GetMaxValue()):F2} ms");
}
