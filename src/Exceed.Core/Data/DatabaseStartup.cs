using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Data;

public static class DatabaseStartup
{
    /// <summary>Applies pending migrations; on SQLite also switches the file to WAL so readers never wait on writers.</summary>
    public static async Task MigrateAsync(ExceedDb db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await SqliteTuning.UseWalAsync(db.Database.GetDbConnection(), ct);
                await MigrateIfBehindAsync(db, ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        else
        {
            await MigrateIfBehindAsync(db, ct);
        }
    }

    /// <summary>
    /// Reading the history table is cheap; MigrateAsync itself compares the whole model with the last migration's
    /// snapshot before doing anything, which a start on an up-to-date database need not pay for.
    /// </summary>
    private static async Task MigrateIfBehindAsync(ExceedDb db, CancellationToken ct)
    {
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            await db.Database.MigrateAsync(ct);
        }
    }
}
