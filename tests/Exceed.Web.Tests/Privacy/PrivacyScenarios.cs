using Exceed.Core.Data;
using Exceed.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Web.Tests.Privacy;

/// <summary>A person may see everything we hold about them, and have it removed.</summary>
public abstract class PrivacyScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    private async Task<Guid> WangWithHistoryAsync()
    {
        var id = await CreateAsync(CustomerBuilder.WangJianguo().Email("wang@example.com")
            .Needs("无烟房").Bought("龙井茶", 128, ExceedFactory.Monday0930Shanghai.AddDays(-3)).Note("常住 1208"));
        (await Api.PostAsJsonAsync("/api/v1/calls/incoming", new { caller = "13800138000", called = "021 6888 8888", callId = "c-1" }, Ct))
            .EnsureSuccessStatusCode();
        return id;
    }

    [Fact]
    public async Task Export_holds_everything_we_remember()
    {
        var id = await WangWithHistoryAsync();

        var export = await Api.ExportAsync(id);

        var customer = export.GetProperty("customer");
        Assert.Equal("王建国", customer.GetProperty("displayName").GetString());
        Assert.Equal(2, customer.GetProperty("identities").GetArrayLength());
        Assert.Equal("无烟房", customer.GetProperty("preferences")[0].GetProperty("text").GetString());
        Assert.Equal("龙井茶", customer.GetProperty("purchases")[0].GetProperty("item").GetString());
        Assert.Equal("常住 1208", customer.GetProperty("notes")[0].GetProperty("text").GetString());
        Assert.Equal("+8613800138000", export.GetProperty("calls")[0].GetProperty("caller").GetString());
        Assert.NotEqual(0, export.GetProperty("auditTrail").GetArrayLength());
    }

    [Fact]
    public async Task Erased_customer_is_no_longer_recognised()
    {
        var id = await WangWithHistoryAsync();

        var erase = await Api.DeleteAsync($"/api/v1/customers/{id}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, erase.StatusCode);
        await (await Api.RecognizeAsync("phone", "138 0013 8000")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await Api.RecognizeAsync("email", "wang@example.com")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await Api.GetAsync($"/api/v1/customers/{id}", Ct)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Erase_removes_personal_data_and_scrubs_the_audit_trail()
    {
        var id = await WangWithHistoryAsync();

        (await Api.DeleteAsync($"/api/v1/customers/{id}", Ct)).EnsureSuccessStatusCode();

        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExceedDb>();
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == id, Ct);
        Assert.Equal("(erased)", customer.DisplayName);
        Assert.Equal(0, await db.Identities.CountAsync(i => i.CustomerId == id, Ct));
        Assert.Equal(0, await db.Notes.CountAsync(n => n.CustomerId == id, Ct));
        Assert.Equal(0, await db.Purchases.CountAsync(p => p.CustomerId == id, Ct));
        Assert.Equal(0, await db.Preferences.CountAsync(p => p.CustomerId == id, Ct));
        Assert.All(await db.Calls.AsNoTracking().Where(c => c.CustomerId == id).ToListAsync(Ct), c => Assert.DoesNotContain("138", c.Caller));
        var trail = await db.Audit.AsNoTracking().Where(a => a.CustomerId == id).ToListAsync(Ct);
        Assert.Contains(trail, a => a.Action == "customer.erased");
        Assert.All(trail, a => Assert.Equal(("(erased)", null), (a.Subject, a.Detail)));
    }

    [Fact]
    public async Task Erased_customer_number_can_start_afresh()
    {
        var id = await WangWithHistoryAsync();
        (await Api.DeleteAsync($"/api/v1/customers/{id}", Ct)).EnsureSuccessStatusCode();

        var again = await CreateAsync(CustomerBuilder.Named("新客人").Phone("13800138000"));

        Assert.Equal(again, (await Api.CardAsync("phone", "13800138000")).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Erase_also_scrubs_the_records_merged_into_the_customer()
    {
        var survivor = await CreateAsync(CustomerBuilder.WangJianguo().Needs("无烟房"));
        var duplicate = await CreateAsync(CustomerBuilder.Named("王建国").Phone("139 1111 2222").Needs("无烟房").Note("住 1208"));
        (await Api.PostAsJsonAsync($"/api/v1/customers/{survivor}/merge", new { mergeId = duplicate, reason = "same guest, second phone" }, Ct))
            .EnsureSuccessStatusCode();

        (await Api.DeleteAsync($"/api/v1/customers/{survivor}", Ct)).EnsureSuccessStatusCode();

        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExceedDb>();
        var left = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == duplicate, Ct);
        Assert.Equal("(erased)", left.DisplayName);
        Assert.Equal(0, await db.Preferences.CountAsync(p => p.CustomerId == duplicate, Ct));
        Assert.All(await db.Audit.AsNoTracking().Where(a => a.CustomerId == duplicate).ToListAsync(Ct), a => Assert.Null(a.Detail));
        Assert.All(await db.Merges.AsNoTracking().ToListAsync(Ct), m => Assert.DoesNotContain("phone", m.Reason));
    }

    [Fact]
    public async Task Erasing_twice_is_a_not_found_problem()
    {
        var id = await WangWithHistoryAsync();
        (await Api.DeleteAsync($"/api/v1/customers/{id}", Ct)).EnsureSuccessStatusCode();

        var second = await Api.DeleteAsync($"/api/v1/customers/{id}", Ct);

        await second.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}

public sealed class PrivacyOnSqlite(SqliteExceed app) : PrivacyScenarios<SqliteExceed>(app);
public sealed class PrivacyOnPostgres(PostgresExceed app) : PrivacyScenarios<PostgresExceed>(app);
