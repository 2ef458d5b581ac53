using System.Data.Common;
using System.Runtime.CompilerServices;
using Exceed.Core.Calls;
using Exceed.Core.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Exceed.Core.Customers;

/// <summary>
/// Notices every saved change to what a customer card shows and announces it as <see cref="CustomerDataChanged"/>
/// once it is committed: right after SaveChanges, or after the commit when a transaction is open, so a reader can
/// never copy the old state back after the announcement. Bulk updates that bypass the change tracker call
/// <see cref="TouchedAsync"/>.
/// </summary>
public sealed class CustomerChangeWatch(IEventBus bus) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly HashSet<Type> CardParts =
    [
        typeof(Customer), typeof(CustomerIdentity), typeof(Preference), typeof(ImportantDate),
        typeof(Purchase), typeof(WishItem), typeof(CustomerNote), typeof(Call),
    ];

    private readonly ConditionalWeakTable<DbContext, HashSet<Guid>> pending = [];

    /// <summary>Records customers changed by a bulk statement; announced now, or at the commit of the open transaction.</summary>
    public Task TouchedAsync(DbContext db, IEnumerable<Guid> customerIds, CancellationToken ct = default)
    {
        var ids = pending.GetOrCreateValue(db);
        lock (ids)
        {
            ids.UnionWith(customerIds);
        }
        return db.Database.CurrentTransaction is null ? AnnounceAsync(db, ct) : Task.CompletedTask;
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } db && db.Database.CurrentTransaction is null)
        {
            AnnounceAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && db.Database.CurrentTransaction is null)
        {
            await AnnounceAsync(db, cancellationToken);
        }
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } db)
        {
            AnnounceAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            await AnnounceAsync(db, cancellationToken);
        }
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? db)
    {
        if (db is null)
        {
            return;
        }
        HashSet<Guid>? ids = null;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached || !CardParts.Contains(entry.Metadata.ClrType))
            {
                continue;
            }
            ids ??= pending.GetOrCreateValue(db);
            lock (ids)
            {
                AddOwners(entry, ids);
            }
        }
    }

    /// <summary>The customer a row belongs to, before and after the change: a moved identity changes two cards.</summary>
    private static void AddOwners(EntityEntry entry, HashSet<Guid> ids)
    {
        if (entry.Entity is Customer customer)
        {
            ids.Add(customer.Id);
            return;
        }
        var owner = entry.Property("CustomerId");
        if (owner.CurrentValue is Guid now)
        {
            ids.Add(now);
        }
        if (entry.State == EntityState.Modified && owner.OriginalValue is Guid before)
        {
            ids.Add(before);
        }
    }

    private void Forget(DbContext? db)
    {
        if (db is not null && pending.TryGetValue(db, out var ids))
        {
            lock (ids)
            {
                ids.Clear();
            }
        }
    }

    private async Task AnnounceAsync(DbContext db, CancellationToken _)
    {
        if (!pending.TryGetValue(db, out var ids))
        {
            return;
        }
        Guid[] changed;
        lock (ids)
        {
            changed = [.. ids];
            ids.Clear();
        }
        if (changed.Length > 0)
        {
            // Committed already: announce even when the request that made the change has been cancelled since.
            await bus.PublishAsync(new CustomerDataChanged(changed), CancellationToken.None);
        }
    }
}
