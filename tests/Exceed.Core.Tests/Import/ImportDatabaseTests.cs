using System.Text;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Exceed.Core.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Core.Tests.Import;

/// <summary>Runs the import against a real SQLite file; to move into Exceed.Web.Tests' SQLite+PostgreSQL fixture.</summary>
public sealed class ImportDatabaseTests : IAsyncLifetime
{
    private const string TwoGoodOneBad = "姓名,手机\n王建国,138 0013 8000\n李秀英,139 1234 5678\n杨洋,138 0013\n";
    private readonly string folder = Directory.CreateTempSubdirectory("exceed-import-").FullName;
    private ServiceProvider services = null!;

    public async ValueTask InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Exceed:Database:Provider"] = "sqlite",
            ["Exceed:Database:ConnectionString"] = $"Data Source={Path.Combine(folder, "exceed.db")}",
        }).Build();
        services = new ServiceCollection().AddExceedCore(configuration).BuildServiceProvider();
        using var scope = services.CreateScope();
        await DatabaseStartup.MigrateAsync(scope.ServiceProvider.GetRequiredService<ExceedDb>());
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_dry_run_reports_the_bad_row_and_writes_nothing()
    {
        var report = await Use(s => s.DryRunAsync(File(TwoGoodOneBad), "customers.csv"));
        Assert.Equal((4, 0, 0L), (Assert.Single(report.Errors).Line, await CustomerCount(), await AuditCount()));
    }

    [Fact]
    public async Task All_or_nothing_writes_nothing_when_one_row_is_bad()
    {
        var report = await Use(s => s.ApplyAsync(File(TwoGoodOneBad), "customers.csv", null, ImportMode.AllOrNothing, "owner"));
        Assert.Equal((false, 0, 0L), (report.Applied, await CustomerCount(), await AuditCount()));
    }

    [Fact]
    public async Task Good_rows_only_writes_the_good_rows_with_an_audit_entry_each_and_one_for_the_import()
    {
        var report = await Use(s => s.ApplyAsync(File(TwoGoodOneBad), "customers.csv", null, ImportMode.GoodRowsOnly, "owner"));
        Assert.Equal((true, 2, 2, 3L), (report.Applied, report.CreatedCount, await CustomerCount(), await AuditCount()));
    }

    [Fact]
    public async Task A_phone_an_existing_customer_already_has_is_a_duplicate()
    {
        await Use(s => s.ApplyAsync(File("姓名,手机\n王建国,138 0013 8000\n"), "first.csv", null, ImportMode.AllOrNothing, "owner"));
        var report = await Use(s => s.DryRunAsync(File("Name,Mobile\nJianguo Wang,+86 138-0013-8000\n"), "second.csv"));
        Assert.Equal("line 2: phone +8613800138000 already belongs to 王建国 — merge by hand or remove the row", Assert.Single(report.Errors).ToString());
    }

    [Fact]
    public async Task A_clean_file_imported_all_or_nothing_creates_every_customer()
    {
        var report = await Use(s => s.ApplyAsync(File("姓名,手机\n王建国,138 0013 8000\n李秀英,139 1234 5678\n"), "customers.csv", null, ImportMode.AllOrNothing, "owner"));
        Assert.Equal((true, 2), (report.Applied, await CustomerCount()));
    }

    private static MemoryStream File(string csv) => new(Encoding.UTF8.GetBytes(csv));

    private async Task<ImportReport> Use(Func<ImportService, Task<Core.Common.Outcome<ImportReport>>> action)
    {
        using var scope = services.CreateScope();
        var outcome = await action(scope.ServiceProvider.GetRequiredService<ImportService>());
        return outcome.Value ?? throw new InvalidOperationException(outcome.Problem!.Detail);
    }

    private async Task<int> CustomerCount()
    {
        using var scope = services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ExceedDb>().Set<Customer>().CountAsync();
    }

    private async Task<long> AuditCount()
    {
        using var scope = services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ExceedDb>().Audit.LongCountAsync();
    }
}
