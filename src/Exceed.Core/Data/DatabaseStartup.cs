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
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
                await db.Database.MigrateAsync(ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        else
        {
            await db.Database.MigrateAsync(ct);
        }
    }
}
