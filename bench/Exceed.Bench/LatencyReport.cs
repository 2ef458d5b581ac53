using System.Diagnostics;
using HdrHistogram;

namespace Exceed.Bench;

/// <summary>Latencies recorded in Stopwatch ticks, reported in milliseconds.</summary>
internal static class LatencyReport
{
    public static LongHistogram NewHistogram() => new(Stopwatch.Frequency * 60, 3);

    /// <summary>One histogram of every concurrent worker's latencies.</summary>
    public static async Task<LongHistogram> CombineAsync(IEnumerable<Task<LongHistogram>> workers)
    {
        var total = NewHistogram();
        foreach (var histogram in await Task.WhenAll(workers))
        {
            total.Add(histogram);
        }
        return total;
    }

    public static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    public static void Print(string title, LongHistogram histogram, TimeSpan elapsed, long failures = 0)
    {
        var count = histogram.TotalCount;
        Console.WriteLine(title);
        Console.WriteLine($"  requests   {count:N0} in {elapsed.TotalSeconds:F1} s = {count / elapsed.TotalSeconds:N0} /s{(failures > 0 ? $", {failures:N0} failed" : "")}");
        Console.WriteLine($"  p50        {Milliseconds(histogram.GetValueAtPercentile(50)):F3} ms");
        Console.WriteLine($"  p90        {Milliseconds(histogram.GetValueAtPercentile(90)):F3} ms");
        Console.WriteLine($"  p99        {Milliseconds(histogram.GetValueAtPercentile(99)):F3} ms");
        Console.WriteLine($"  p99.9      {Milliseconds(histogram.GetValueAtPercentile(99.9)):F3} ms");
        Console.WriteLine($"  max        {Milliseconds(histogram.GetMaxValue()):F3} ms");
    }
}
