using System.Threading.Channels;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Core.Recognition;

/// <summary>
/// Kept cards due for renewal (<see cref="CardCache.ClaimRefresh"/>), read again together in the background: whatever
/// has been claimed while the previous read ran, up to <see cref="MostAtOnce"/> cards, goes in one read (on PostgreSQL
/// one statement, one round trip), so a busy minute's renewals cost the database and the app a fraction of one read each.
/// The copies keep answering meanwhile. A renewal that cannot be queued or read only lets the copy expire as before.
/// </summary>
public sealed class CardRenewals(CardCache cache, IServiceScopeFactory scopes) : IDisposable
{
    public const int MostAtOnce = 64;

    private readonly Channel<Renewal> due = Channel.CreateBounded<Renewal>(
        new BoundedChannelOptions(20_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly CancellationTokenSource stopping = new();
    private int started;
    private (AsyncServiceScope Scope, ExceedDb Db)? reader;

    /// <summary>Called by the request that claimed the renewal; returns at once.</summary>
    public void Renew(Guid customerId, IdentityKind kind, string value)
    {
        if (due.Writer.TryWrite(new Renewal(customerId, kind, value)) && Interlocked.Exchange(ref started, 1) == 0)
        {
            _ = Task.Run(RenewAllAsync);
        }
    }

    private async Task RenewAllAsync()
    {
        var batch = new List<Renewal>(MostAtOnce);
        var token = stopping.Token;
        try
        {
            while (await due.Reader.WaitToReadAsync(token))
            {
                while (batch.Count < MostAtOnce && due.Reader.TryRead(out var renewal))
                {
                    batch.Add(renewal);
                }
                try
                {
                    await RenewAsync(batch, token);
                }
#pragma warning disable CA1031 // A failed read only means these copies expire as before and their next callers read them.
                catch (Exception error) when (error is not OperationCanceledException)
#pragma warning restore CA1031
                {
                }
                batch.Clear();
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            try
            {
                await ForgetReaderAsync();
            }
            catch (ObjectDisposedException)
            {
                // The app stopped first: its services, and the context's pool with them, are already gone.
            }
        }
    }

    private async Task RenewAsync(List<Renewal> batch, CancellationToken ct)
    {
        // One context and one open connection for every renewal: the statement is prepared and planned once on it,
        // where the pool would hand each read whichever of its connections is next, each to prepare and plan it again.
        if (reader is null)
        {
            var scope = scopes.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<ExceedDb>();
            try
            {
                await context.Database.OpenConnectionAsync(ct);
                if (context.Database.IsNpgsql())
                {
                    // Left to choose, PostgreSQL plans the statement with an array of ids afresh at every bind (4 ms, more
                    // than running it); its one generic plan suits every batch. For this connection only, while it is held:
                    // the intake's prepared writes ran slower with generic plans (docs/benchmarks.md).
                    await context.Database.ExecuteSqlRawAsync("SET plan_cache_mode = force_generic_plan", ct);
                }
            }
            catch
            {
                await scope.DisposeAsync();
                throw;
            }
            reader = (scope, context);
        }
        var db = reader.Value.Db;
        try
        {
            await KeepAsync(db, batch, ct);
        }
        catch
        {
            await ForgetReaderAsync();
            throw;
        }
    }

    private async Task ForgetReaderAsync()
    {
        if (reader is { } held)
        {
            reader = null;
            await held.Scope.DisposeAsync();
        }
    }

    private async Task KeepAsync(ExceedDb db, List<Renewal> batch, CancellationToken ct)
    {
        var readAt = cache.Generation;
        var cards = await CardReads.For(db).ByIdsAsync(db, [.. batch.Select(r => r.CustomerId).Distinct()], ct);
        var gone = new List<Guid>();
        foreach (var renewal in batch)
        {
            if (cards.GetValueOrDefault(renewal.CustomerId) is { } source && source.Customer.Id == renewal.CustomerId
                && source.Customer.Identities.Exists(i => i.Kind == renewal.Kind && i.Value == renewal.Value))
            {
                cache.Keep(readAt, source, renewal.Kind, renewal.Value);
            }
            else
            {
                // Erased, merged away, or the identity left this customer outside the app: the old copy must not answer for it.
                gone.Add(renewal.CustomerId);
            }
        }
        if (gone.Count > 0)
        {
            cache.Drop(gone);
        }
    }

    public void Dispose()
    {
        due.Writer.TryComplete();
        stopping.Cancel();
        stopping.Dispose();
    }

    private readonly record struct Renewal(Guid CustomerId, IdentityKind Kind, string Value);
}
