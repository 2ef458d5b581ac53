using BenchmarkDotNet.Attributes;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Exceed.Core.Recognition;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Bench;

/// <summary>
/// BenchmarkDotNet view of one recognition by phone against the database named by Exceed__Database__ConnectionString;
/// one scope per call, like a request. Runs in-process so the database is opened once.
/// </summary>
[MemoryDiagnoser]
public class RecognitionBenchmarks
{
    private ServiceProvider services = null!;
    private string[] phones = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        services = BenchServices.Build();
        using var scope = services.CreateScope();
        phones = [.. PhonesCommand.SampleAsync(scope.ServiceProvider.GetRequiredService<ExceedDb>(), 10_000, CancellationToken.None).GetAwaiter().GetResult()];
        if (phones.Length == 0)
        {
            throw new InvalidOperationException("The database has no phone numbers; run `exceed gen --customers N` first.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => services.Dispose();

    [Benchmark(Description = "IdentifyAsync(Phone), known caller")]
    public async Task<CustomerCard?> IdentifyKnownPhone()
    {
        var phone = phones[next++ % phones.Length];
        using var scope = services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<RecognitionService>().IdentifyAsync(IdentityKind.Phone, phone, null);
        return result.Card;
    }

    [Benchmark(Description = "IdentifyAsync(Phone), unknown caller")]
    public async Task<CustomerCard?> IdentifyUnknownPhone()
    {
        using var scope = services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<RecognitionService>().IdentifyAsync(IdentityKind.Phone, "+8613000000000", null);
        return result.Card;
    }
}
