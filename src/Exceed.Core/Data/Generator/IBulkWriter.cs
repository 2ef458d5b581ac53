namespace Exceed.Core.Data.Generator;

/// <summary>Stores generated batches with the provider's fastest path, bypassing EF Core change tracking.</summary>
internal interface IBulkWriter : IAsyncDisposable
{
    /// <summary>Prepares the database for a load (e.g. drops secondary indexes to rebuild them once at the end).</summary>
    Task StartAsync(CancellationToken ct);

    Task WriteAsync(GeneratedBatch batch, CancellationToken ct);

    /// <summary>Restores whatever <see cref="StartAsync"/> changed; called even when the load fails.</summary>
    Task FinishAsync(IProgress<string>? progress, CancellationToken ct);
}
