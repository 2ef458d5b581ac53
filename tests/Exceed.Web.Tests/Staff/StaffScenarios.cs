using Exceed.Web.Tests.Infrastructure;

namespace Exceed.Web.Tests.Staff;

/// <summary>An admin adds the team; each member signs in with their own email and password and gets their role's rights.</summary>
public abstract class StaffScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    private const string AgentEmail = "xiaoli@exceed.local";
    private const string AgentPassword = "agent-pass-123";

    private async Task AddAgentAsync()
    {
        var response = await Api.PostAsJsonAsync("/api/v1/staff",
            new { email = AgentEmail, displayName = "小李", role = "agent", password = AgentPassword }, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Admin_adds_an_agent_who_appears_in_the_staff_list()
    {
        await AddAgentAsync();

        var staff = await Api.GetFromJsonAsync<JsonElement>("/api/v1/staff", Ct);

        var agent = staff.EnumerateArray().Single(s => s.GetProperty("email").GetString() == AgentEmail);
        Assert.Equal(["agent"], agent.GetProperty("roles").Strings());
    }

    [Fact]
    public async Task New_agent_signs_in_and_reaches_the_console()
    {
        await AddAgentAsync();

        var (client, response) = await App.AsStaffAsync(AgentEmail, AgentPassword);
        using var _ = client;

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var console = await client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
        Assert.Contains(AgentEmail, await console.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Signed_in_agent_may_use_the_api_but_not_staff_admin()
    {
        await AddAgentAsync();
        var (client, _) = await App.AsStaffAsync(AgentEmail, AgentPassword);
        using var agent = client;

        var customers = await agent.GetAsync("/api/v1/customers", Ct);
        var staff = await agent.GetAsync("/api/v1/staff", Ct);

        Assert.Equal(HttpStatusCode.OK, customers.StatusCode);
        await staff.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Wrong_password_stays_on_the_sign_in_page()
    {
        await AddAgentAsync();

        var (client, response) = await App.AsStaffAsync(AgentEmail, "wrong-password");
        using var _ = client;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("role=\"alert\"", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/", Ct)).StatusCode);
    }

    [Fact]
    public async Task Duplicate_staff_email_is_refused()
    {
        await AddAgentAsync();

        var again = await Api.PostAsJsonAsync("/api/v1/staff",
            new { email = AgentEmail, displayName = "另一个小李", role = "agent", password = AgentPassword }, Ct);

        var problem = await again.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("email", out _), problem.ToString());
    }

    [Fact]
    public async Task A_revoked_api_key_stops_working_at_once()
    {
        var created = await (await Api.PostAsJsonAsync("/api/v1/api-keys", new { name = "till", role = "agent" }, Ct)).JsonAsync();
        using var till = App.CreateApiClient(created.GetProperty("key").GetString()!);
        (await till.GetAsync("/api/v1/customers", Ct)).EnsureSuccessStatusCode();

        (await Api.DeleteAsync($"/api/v1/api-keys/{created.GetProperty("id").GetGuid()}", Ct)).EnsureSuccessStatusCode();

        await (await till.GetAsync("/api/v1/customers", Ct)).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    public async Task Sign_in_never_sends_the_browser_to_another_site(string returnUrl)
    {
        using var client = App.CreateBrowserlessClient();
        var page = await client.GetStringAsync("/account/login", Ct);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        var response = await client.PostAsync("/account/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = ExceedFactory.AdminEmail,
            ["Input.Password"] = ExceedFactory.AdminPassword,
        }), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var target = response.Headers.Location!.ToString();
        Assert.True(target == "/" || new Uri(App.Address, target).Host == App.Address.Host, target);
    }

    [Fact]
    public async Task Script_in_a_customer_name_is_escaped_on_the_customer_list()
    {
        await CreateAsync(CustomerBuilder.Named("<script>alert(1)</script><b>x</b>").Phone("13800138000"));
        var (client, _) = await App.AsStaffAsync(ExceedFactory.AdminEmail, ExceedFactory.AdminPassword);
        using var admin = client;

        var html = await admin.GetStringAsync("/customers", Ct);

        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.DoesNotContain("<b>x</b>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;x&lt;/b&gt;", html);
    }
}

public sealed class StaffOnSqlite(SqliteExceed app) : StaffScenarios<SqliteExceed>(app);
public sealed class StaffOnPostgres(PostgresExceed app) : StaffScenarios<PostgresExceed>(app);
