using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Data;

/// <summary>Which database to use: read from Exceed:Database by the web app, the CLI and the benchmarks alike.</summary>
public sealed class DatabaseSettings
{
    public const string DefaultSqlite = "Data Source=data/exceed.db";
    public string Provider { get; set; } = "sqlite";
    public string? ConnectionString { get; set; }
    /// <summary>Group-commit loops for channel messages; SQLite has one writer, so more than one could only help PostgreSQL (not yet shown).</summary>
    public int? IntakeLanes { get; set; }

    public int EffectiveIntakeLanes => Math.Clamp(IntakeLanes ?? 1, 1, 16);

    public bool IsPostgres => Provider.Equals("postgres", StringComparison.OrdinalIgnoreCase)
        || Provider.Equals("postgresql", StringComparison.OrdinalIgnoreCase)
        || Provider.Equals("npgsql", StringComparison.OrdinalIgnoreCase);

    public string EffectiveConnectionString => ConnectionString is { Length: > 0 } cs ? cs
        : IsPostgres ? throw new InvalidOperationException("Exceed:Database:ConnectionString must be set when the provider is postgres.")
        : DefaultSqlite;

    public void Validate()
    {
        if (!IsPostgres && !Provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Exceed:Database:Provider is '{Provider}'; use 'sqlite' or 'postgres'.");
        }
    }

    public void Configure(DbContextOptionsBuilder options)
    {
        Validate();
        if (IsPostgres)
        {
            options.UseNpgsql(EffectiveConnectionString, o => o.MigrationsAssembly("Exceed.Migrations.Postgres"));
        }
        else
        {
            EnsureSqliteFolder(EffectiveConnectionString);
            options.UseSqlite(EffectiveConnectionString, o => o.MigrationsAssembly("Exceed.Migrations.Sqlite")).AddInterceptors(SqliteTuning.Instance);
        }
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
