using System.Diagnostics;
using Exceed.Core.Customers;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Data.Generator;

/// <summary>Fills a database with many believable customers, fast, for benchmarks and capacity tests.</summary>
public static class CustomerGenerator
{
    private const int BatchSize = 50_000;

    public static Task<GenerationReport> GenerateAsync(
        DatabaseSettings settings, int customers, int seed, IProgress<string>? progress, CancellationToken ct) =>
        GenerateAsync(settings, customers, seed, TimeProvider.System, progress, ct);

    /// <summary>
    /// Migrates the database, then appends <paramref name="customers"/> customers with about three identities each.
    /// Phone numbers continue from the number of phones already stored, so the generator can run again on the same database.
    /// </summary>
    public static async Task<GenerationReport> GenerateAsync(
        DatabaseSettings settings, int customers, int seed, TimeProvider clock, IProgress<string>? progress, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(customers);
        var stopwatch = Stopwatch.StartNew();
        var firstSequence = await MigrateAndCountPhonesAsync(settings, ct);
        progress?.Report($"Generating {customers:N0} customers (seed {seed}) after {firstSequence:N0} existing phone numbers...");
        var source = new GeneratedCustomers(seed, clock.GetUtcNow());
        var batch = new GeneratedBatch();
        long identities = 0, preferences = 0, purchases = 0, wishes = 0;
        await using var writer = settings.IsPostgres
            ? (IBulkWriter)new PostgresBulkWriter(settings.EffectiveConnectionString)
            : new SqliteBulkWriter(settings.EffectiveConnectionString);
        await writer.StartAsync(ct);
        try
        {
            for (var done = 0; done < customers;)
            {
                batch.Clear();
                var size = Math.Min(BatchSize, customers - done);
                for (var i = 0; i < size; i++)
                {
                    source.Add(batch, firstSequence + done + i);
                }
                await writer.WriteAsync(batch, ct);
                done += size;
                (identities, preferences, purchases, wishes) = (identities + batch.Identities.Count,
                    preferences + batch.Preferences.Count, purchases + batch.Purchases.Count, wishes + batch.WishItems.Count);
                progress?.Report($"{done:N0} / {customers:N0} customers ({stopwatch.Elapsed.TotalSeconds:F1} s)");
            }
        }
        finally
        {
            await writer.FinishAsync(progress, CancellationToken.None);
        }
        return new GenerationReport(customers, identities, preferences, purchases, wishes, stopwatch.Elapsed);
    }

    private static async Task<long> MigrateAndCountPhonesAsync(DatabaseSettings settings, CancellationToken ct)
    {
        var options = new DbContextOptionsBuilder<ExceedDb>();
        settings.Configure(options);
        await using var db = new ExceedDb(options.Options);
        await DatabaseStartup.MigrateAsync(db, ct);
        return await db.Identities.LongCountAsync(i => i.Kind == IdentityKind.Phone, ct);
    }
}
