using Exceed.Web.Tests.Infrastructure;

namespace Exceed.Web.Tests.Customers;

/// <summary>The customer memory: one person, one record, every change on the record.</summary>
public abstract class CustomerScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    [Fact]
    public async Task Same_phone_cannot_create_a_second_customer()
    {
        await CreateAsync(CustomerBuilder.WangJianguo());

        var response = await Api.PostAsJsonAsync("/api/v1/customers", CustomerBuilder.Named("王二").Phone("+86 138-0013-8000").Build(), Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("王建国", problem.GetProperty("detail").GetString());
        Assert.Equal(1, await CustomerCountAsync());
    }

    [Fact]
    public async Task Failed_create_changes_nothing()
    {
        await CreateAsync(CustomerBuilder.WangJianguo());
        var before = await CustomerCountAsync();

        var response = await Api.PostAsJsonAsync("/api/v1/customers",
            CustomerBuilder.Named("李四").Phone("13900139000").Email("not-an-email").Note("should not be kept").Build(), Ct);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, await CustomerCountAsync());
        await (await Api.RecognizeAsync("phone", "13900139000")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Script_in_a_note_comes_back_as_plain_text()
    {
        const string hostile = "<script>alert(1)</script><b>x</b>";
        var id = await CreateAsync(CustomerBuilder.WangJianguo());

        var added = await Api.PostAsJsonAsync($"/api/v1/customers/{id}/notes", new { text = hostile }, Ct);
        added.EnsureSuccessStatusCode();

        var customer = await Api.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{id}", Ct);
        Assert.Equal(hostile, customer.GetProperty("notes")[0].GetProperty("text").GetString());
        var card = await Api.CardAsync("phone", "13800138000");
        Assert.Equal(hostile, card.GetProperty("recentNotes")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Every_change_is_in_the_audit_trail()
    {
        var id = await CreateAsync(CustomerBuilder.WangJianguo());
        (await Api.PatchAsJsonAsync($"/api/v1/customers/{id}", new { tags = new[] { "vip" } }, Ct)).EnsureSuccessStatusCode();
        (await Api.PostAsJsonAsync($"/api/v1/customers/{id}/notes", new { text = "喜欢靠窗" }, Ct)).EnsureSuccessStatusCode();

        var trail = (await Api.ExportAsync(id)).GetProperty("auditTrail").EnumerateArray().ToList();

        var actions = trail.Select(a => a.GetProperty("action").GetString()).ToList();
        Assert.Subset(actions.ToHashSet(), new HashSet<string?> { "customer.created", "customer.updated", "note.added" });
        Assert.All(trail, a => Assert.Equal("api:bootstrap", a.GetProperty("actor").GetString()));
    }

    [Fact]
    public async Task Profile_update_keeps_fields_left_out()
    {
        var id = await CreateAsync(CustomerBuilder.WangJianguo().Speaks("zh-Hant"));

        var response = await Api.PatchAsJsonAsync($"/api/v1/customers/{id}", new { tags = new[] { "vip" } }, Ct);

        var customer = await response.JsonAsync();
        Assert.Equal(("王建国", "zh-Hant", "vip"),
            (customer.GetProperty("displayName").GetString(), customer.GetProperty("language").GetString(), customer.GetProperty("tags")[0].GetString()));
    }

    [Fact]
    public async Task Profile_update_with_lists_is_refused_instead_of_half_applied()
    {
        var id = await CreateAsync(CustomerBuilder.WangJianguo());

        var response = await Api.PatchAsJsonAsync($"/api/v1/customers/{id}",
            new { displayName = "王先生", notes = new[] { "would be lost" } }, Ct);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var customer = await (await Api.GetAsync($"/api/v1/customers/{id}", Ct)).JsonAsync();
        Assert.Equal("王建国", customer.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Adding_a_phone_the_customer_already_has_is_a_conflict_not_a_crash()
    {
        var id = await CreateAsync(CustomerBuilder.WangJianguo());

        var response = await Api.PostAsJsonAsync($"/api/v1/customers/{id}/identities", new { kind = "Phone", value = "+86 138-0013-8000" }, Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("already has", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preference_kind_given_as_a_number_is_refused()
    {
        var id = await CreateAsync(CustomerBuilder.WangJianguo());

        var response = await Api.PostAsync($"/api/v1/customers/{id}/preferences", ApiCalls.RawJson("""{"kind": 42, "text": "无烟房"}"""), Ct);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, (await (await Api.GetAsync($"/api/v1/customers/{id}", Ct)).JsonAsync()).GetProperty("preferences").GetArrayLength());
    }
}

public sealed class CustomersOnSqlite(SqliteExceed app) : CustomerScenarios<SqliteExceed>(app);
public sealed class CustomersOnPostgres(PostgresExceed app) : CustomerScenarios<PostgresExceed>(app);
