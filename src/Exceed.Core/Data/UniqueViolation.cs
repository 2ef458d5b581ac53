using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Data;

/// <summary>Tells a unique-index clash (two requests saving the same phone or call id at once) from other failures.</summary>
public static class UniqueViolation
{
    public static bool IsUniqueViolation(this DbUpdateException error) => error.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
