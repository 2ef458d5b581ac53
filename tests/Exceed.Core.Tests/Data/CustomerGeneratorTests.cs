using Exceed.Core.Customers;
using Exceed.Core.Data.Generator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Exceed.Core.Tests.Data;

public class CustomerGeneratorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Generator_writes_the_requested_number_of_customers()
    {
        using var database = await SqliteTempDatabase.MigratedAsync();

        var report = await Generate(database, 500);

        await using var db = database.Open();
        Assert.Equal(500, await db.Customers.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(report.Identities, await db.Identities.LongCountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Generated_rows_read_back_through_EF_Core_with_their_identities()
    {
        using var database = await SqliteTempDatabase.MigratedAsync();
        await Generate(database, 500);
        var phone = GeneratedPhone.E164(123);

        await using var db = database.Open();
        var ownerId = await db.Identities.Where(i => i.Kind == IdentityKind.Phone && i.Value == phone).Select(i => i.CustomerId).SingleAsync(TestContext.Current.CancellationToken);
        var customer = await db.Customers.Include(c => c.Identities).Include(c => c.Purchases).SingleAsync(c => c.Id == ownerId, TestContext.Current.CancellationToken);

        Assert.Contains(customer.Identities, i => i.Kind == IdentityKind.Phone && i.Value == phone && i.Display!.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).EndsWith(phone[3..], StringComparison.Ordinal));
        Assert.True(Enum.IsDefined(customer.Type) && customer.CreatedAt <= Now && customer.CreatedAt > Now.AddYears(-4) && customer.CreatedAt.Offset == TimeSpan.Zero);
        Assert.Equal(NameFolding.Fold(customer.DisplayName), customer.NameKey);
        Assert.All(customer.Purchases, p => Assert.True(p.Amount > 0 && p.PurchasedAt <= Now));
    }

    [Fact]
    public async Task A_second_run_appends_customers_with_new_phone_numbers()
    {
        using var database = await SqliteTempDatabase.MigratedAsync();
        await Generate(database, 300);

        await Generate(database, 200, seed: 7);

        await using var db = database.Open();
        var phones = await db.Identities.Where(i => i.Kind == IdentityKind.Phone).Select(i => i.Value).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(500, phones.Distinct().Count());
    }

    [Fact]
    public async Task Indexes_dropped_for_the_load_are_rebuilt()
    {
        using var database = await SqliteTempDatabase.MigratedAsync();

        await Generate(database, 50);

        await using var db = database.Open();
        var indexes = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'index' AND name = 'IX_Identities_Kind_Value'").ToListAsync(TestContext.Current.CancellationToken);
        Assert.Single(indexes);
    }

    [Fact]
    public void Generated_phone_numbers_are_valid_mainland_mobiles_on_every_reserved_prefix()
    {
        var normalizer = new Exceed.Core.Recognition.IdentityNormalizer(new BusinessSettings());
        var sequences = Enumerable.Range(0, GeneratedPhone.Prefixes.Length * 2).Select(i => (long)i).Append(GeneratedPhone.Capacity - 1);

        Assert.All(sequences, s => Assert.Equal(GeneratedPhone.E164(s), normalizer.NormalizePhone(GeneratedPhone.NationalDigits(s)).Value));
    }

    private static Task<GenerationReport> Generate(SqliteTempDatabase database, int customers, int seed = 42) =>
        CustomerGenerator.GenerateAsync(database.Settings, customers, seed, new FakeTimeProvider(Now), null, TestContext.Current.CancellationToken);
}
