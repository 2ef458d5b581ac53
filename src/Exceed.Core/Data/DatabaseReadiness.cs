using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Exceed.Core.Data;

/// <summary>
/// What a start must find for the database to need nothing: every migration the code holds already applied, the staff
/// roles, at least one staff member and, when one is configured, the bootstrap API key.
/// </summary>
public sealed record StartupNeeds(bool Migrations, IReadOnlyList<string> Roles, string? ApiKeyHash);

/// <summary>
/// Asks, in one round trip on a plain connection, whether a start finds the database as <see cref="StartupNeeds"/> says.
/// When it does, the start skips EF Core's migration history (which builds a model of its own) and Identity's first
/// queries (each compiled on first use): together about a third of a second of a cold start (docs/benchmarks.md). Any
/// doubt (a missing table, a migration not yet applied, a role or the admin missing) answers false, and the caller takes
/// the full path that repairs it.
/// </summary>
public static class DatabaseReadiness
{
    // EF Core's and ASP.NET Core Identity's default names, which ExceedDb keeps; a test holds them to the model.
    public const string HistoryTable = "__EFMigrationsHistory";
    public const string RolesTable = "AspNetRoles";
    public const string UsersTable = "AspNetUsers";
    public const string ApiKeysTable = "ApiKeys";

    public static async Task<bool> IsReadyAsync(DatabaseSettings settings, StartupNeeds needs, CancellationToken ct = default)
    {
        if (!settings.IsPostgres && !File.Exists(new SqliteConnectionStringBuilder(settings.EffectiveConnectionString).DataSource))
        {
            return false;
        }
        await using DbConnection connection = settings.IsPostgres
            ? new NpgsqlConnection(settings.EffectiveConnectionString)
            : new SqliteConnection(settings.EffectiveConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            if (!settings.IsPostgres)
            {
                await SqliteTuning.UseWalAsync(connection, ct);
            }
            await using var command = connection.CreateCommand();
            var roles = string.Join(", ", needs.Roles.Select((_, i) => $"@role{i}"));
            command.CommandText = $"""
                SELECT "MigrationId" FROM "{HistoryTable}";
                SELECT count(*) FROM "{RolesTable}" WHERE "Name" IN ({roles});
                SELECT count(*) FROM (SELECT 1 FROM "{UsersTable}" LIMIT 1) AS anyone;
                SELECT count(*) FROM "{ApiKeysTable}" WHERE "Hash" = @hash;
                """;
            for (var i = 0; i < needs.Roles.Count; i++)
            {
                Add(command, $"role{i}", needs.Roles[i]);
            }
            Add(command, "hash", needs.ApiKeyHash ?? "");
            await using var reader = await command.ExecuteReaderAsync(ct);
            var applied = new HashSet<string>(StringComparer.Ordinal);
            while (await reader.ReadAsync(ct))
            {
                applied.Add(reader.GetString(0));
            }
            var roleCount = await NextCountAsync(reader, ct);
            var staff = await NextCountAsync(reader, ct);
            var keys = await NextCountAsync(reader, ct);
            return (!needs.Migrations || MigrationIds(settings).All(applied.Contains))
                && roleCount == needs.Roles.Count && staff > 0 && (needs.ApiKeyHash is null || keys > 0);
        }
        catch (DbException)
        {
            // No database yet (PostgreSQL: the full path creates it) or a table missing: a new or half-made database,
            // which the full path migrates. A server that cannot be reached fails there too, with EF's own error.
            return false;
        }
    }

    /// <summary>The migrations the provider's migrations assembly holds for <see cref="ExceedDb"/>, found as EF Core finds them.</summary>
    public static IEnumerable<string> MigrationIds(DatabaseSettings settings) =>
        Assembly.Load(settings.IsPostgres ? "Exceed.Migrations.Postgres" : "Exceed.Migrations.Sqlite").GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration)) && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(ExceedDb))
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>();

    private static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static async Task<long> NextCountAsync(DbDataReader reader, CancellationToken ct)
    {
        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        return reader.GetInt64(0);
    }
}
