using Exceed.Core.Data;
using Exceed.Core.Staff;
using Exceed.Web.Infrastructure;
using Exceed.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Exceed.Web.Tests.Staff;

/// <summary>
/// A start skips EF Core's migrations and the bootstrap only when one plain query finds nothing to do; whatever a restart
/// would have to repair (a migration not applied, a role or the first admin gone, the configured API key missing) sends
/// it down the full path.
/// </summary>
public abstract class StartupReadinessScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    private DatabaseSettings Settings => App.Services.GetRequiredService<DatabaseSettings>();

    private static StartupNeeds Needs(string apiKey = ExceedFactory.ApiKey) =>
        new(Migrations: true, Roles.All, ApiKeyAuthentication.Hash(apiKey));

    private async Task SqlAsync(string sql, params object[] values)
    {
        using var scope = App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ExceedDb>().Database.ExecuteSqlRawAsync(sql, values, Ct);
    }

    [Fact]
    public async Task A_database_left_as_the_last_start_left_it_needs_nothing()
    {
        Assert.True(await DatabaseReadiness.IsReadyAsync(Settings, Needs(), Ct));
        Assert.True(await DatabaseReadiness.IsReadyAsync(Settings, Needs() with { ApiKeyHash = null }, Ct));
    }

    [Fact]
    public async Task A_newly_configured_api_key_is_work_for_the_bootstrap()
    {
        Assert.False(await DatabaseReadiness.IsReadyAsync(Settings, Needs("a-key-set-since-the-last-start"), Ct));
    }

    [Fact]
    public async Task A_missing_role_or_no_staff_at_all_is_work_for_the_bootstrap()
    {
        await SqlAsync($"DELETE FROM \"{DatabaseReadiness.RolesTable}\" WHERE \"Name\" = {{0}}", Roles.Lead);
        Assert.False(await DatabaseReadiness.IsReadyAsync(Settings, Needs(), Ct));

        await App.ResetAsync();
        Assert.True(await DatabaseReadiness.IsReadyAsync(Settings, Needs(), Ct));

        await SqlAsync($"DELETE FROM \"AspNetUserRoles\"; DELETE FROM \"{DatabaseReadiness.UsersTable}\";");
        Assert.False(await DatabaseReadiness.IsReadyAsync(Settings, Needs(), Ct));
    }

    [Fact]
    public async Task A_migration_the_code_holds_but_the_database_lacks_is_work_for_the_migrator()
    {
        var latest = DatabaseReadiness.MigrationIds(Settings).Max(StringComparer.Ordinal)!;
        string product;
        using (var scope = App.Services.CreateScope())
        {
            product = await scope.ServiceProvider.GetRequiredService<ExceedDb>().Database
                .SqlQueryRaw<string>($"SELECT \"ProductVersion\" AS \"Value\" FROM \"{DatabaseReadiness.HistoryTable}\" WHERE \"MigrationId\" = {{0}}", latest)
                .SingleAsync(Ct);
        }
        await SqlAsync($"DELETE FROM \"{DatabaseReadiness.HistoryTable}\" WHERE \"MigrationId\" = {{0}}", latest);
        try
        {
            Assert.False(await DatabaseReadiness.IsReadyAsync(Settings, Needs(), Ct));
            // Without migrating on start, the history does not matter.
            Assert.True(await DatabaseReadiness.IsReadyAsync(Settings, Needs() with { Migrations = false }, Ct));
        }
        finally
        {
            await SqlAsync($"INSERT INTO \"{DatabaseReadiness.HistoryTable}\" (\"MigrationId\", \"ProductVersion\") VALUES ({{0}}, {{1}})", latest, product);
        }
        Assert.True(await DatabaseReadiness.IsReadyAsync(Settings, Needs(), Ct));
    }

    [Fact]
    public async Task A_database_not_yet_created_is_work_for_the_migrator_not_an_error()
    {
        var missing = Settings.IsPostgres
            ? new DatabaseSettings { Provider = "postgres", ConnectionString = new Npgsql.NpgsqlConnectionStringBuilder(Settings.EffectiveConnectionString) { Database = $"exceed_missing_{Guid.NewGuid():N}" }.ConnectionString }
            : new DatabaseSettings { Provider = "sqlite", ConnectionString = $"Data Source={Path.Combine(Path.GetTempPath(), $"exceed-missing-{Guid.NewGuid():N}.db")}" };

        Assert.False(await DatabaseReadiness.IsReadyAsync(missing, Needs(), Ct));
    }

    [Fact]
    public async Task The_names_it_reads_are_the_models_names()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExceedDb>();
        string? Table<T>() => db.Model.FindEntityType(typeof(T))!.GetTableName();
        string? Column<T>(string property) => db.Model.FindEntityType(typeof(T))!.FindProperty(property)!.GetColumnName();

        Assert.Equal(DatabaseReadiness.RolesTable, Table<IdentityRole>());
        Assert.Equal("Name", Column<IdentityRole>(nameof(IdentityRole.Name)));
        Assert.Equal(DatabaseReadiness.UsersTable, Table<StaffUser>());
        Assert.Equal(DatabaseReadiness.ApiKeysTable, Table<ApiKey>());
        Assert.Equal("Hash", Column<ApiKey>(nameof(ApiKey.Hash)));
        var relational = db.GetService<IDbContextOptions>().Extensions.OfType<RelationalOptionsExtension>().Single();
        Assert.Equal(DatabaseReadiness.HistoryTable, relational.MigrationsHistoryTableName ?? HistoryRepository.DefaultTableName);
        var applied = await db.Database.GetAppliedMigrationsAsync(Ct);
        Assert.Equal(applied.Order(StringComparer.Ordinal), DatabaseReadiness.MigrationIds(Settings).Order(StringComparer.Ordinal));
    }
}

public sealed class StartupReadinessOnSqlite(SqliteExceed app) : StartupReadinessScenarios<SqliteExceed>(app);
public sealed class StartupReadinessOnPostgres(PostgresExceed app) : StartupReadinessScenarios<PostgresExceed>(app);
