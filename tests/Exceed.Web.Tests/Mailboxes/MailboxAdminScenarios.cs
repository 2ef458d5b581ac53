using Exceed.Core.Email;
using Exceed.Core.Tests.Email;
using Exceed.Web.Tests.Conversations;
using Exceed.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Web.Tests.Mailboxes;

/// <summary>An admin connects the shop's mailbox: the login is tried first, a mistake names the field, and passwords never come back.</summary>
public abstract class MailboxAdminScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    private readonly MailboxSettings shop = TestMailServers.NewMailbox("service", displayName: "小美的店 客服");

    [Fact]
    public async Task Connected_mailbox_is_listed_without_its_passwords()
    {
        await Api.ConnectAsync(shop);

        var json = await Api.GetStringAsync("/api/v1/mailboxes", Ct);

        var listed = Assert.Single(JsonDocument.Parse(json).RootElement.EnumerateArray());
        Assert.Equal(shop.Address, listed.Text("address"));
        Assert.Equal("小美的店 客服", listed.Text("displayName"));
        Assert.Equal(shop.Imap.Port, listed.GetProperty("imap").GetProperty("port").GetInt32());
        Assert.DoesNotContain(TestMailServers.Password, json);
        Assert.DoesNotContain("password", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Wrong_imap_password_is_refused_naming_the_field_and_nothing_is_stored()
    {
        var response = await Api.PostAsJsonAsync("/api/v1/mailboxes", new
        {
            address = shop.Address,
            imap = new { host = shop.Imap.Host, port = shop.Imap.Port, security = "none", userName = shop.Address, password = "wrong-password" },
            smtp = MailboxApi.Server(shop.Smtp),
        }, Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("imap.password", out _), problem.ToString());
        Assert.Equal(0, (await Api.GetFromJsonAsync<JsonElement>("/api/v1/mailboxes", Ct)).GetArrayLength());
    }

    [Fact]
    public async Task Unreachable_smtp_server_is_refused_naming_the_field()
    {
        var response = await Api.PostAsJsonAsync("/api/v1/mailboxes", new
        {
            address = shop.Address,
            imap = MailboxApi.Server(shop.Imap),
            smtp = new { host = "127.0.0.1", port = 1, security = "none" },
        }, Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("smtp.host", out _), problem.ToString());
    }

    [Fact]
    public async Task Missing_settings_are_refused_field_by_field_before_connecting()
    {
        var response = await Api.PostAsJsonAsync("/api/v1/mailboxes", new { address = "not an address", imap = new { port = 993 } }, Ct);

        var errors = (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("address", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("imap.host", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("imap.password", out _), errors.ToString());
    }

    [Fact]
    public async Task The_same_address_cannot_be_connected_twice()
    {
        await Api.ConnectAsync(shop);

        var again = await Api.PostAsJsonAsync("/api/v1/mailboxes", MailboxApi.Body(shop), Ct);

        var problem = await again.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("address", out _), problem.ToString());
    }

    [Fact]
    public async Task Deleted_mailbox_is_no_longer_read()
    {
        var id = await Api.ConnectAsync(shop);

        Assert.Equal(HttpStatusCode.NoContent, (await Api.DeleteAsync($"/api/v1/mailboxes/{id}", Ct)).StatusCode);
        await new CustomerMail(shop).SendAsync();
        await TestMailServers.WaitForMailAsync(shop);
        await App.ReadMailOnceAsync();

        Assert.Equal(0, (await Api.InboxAsync("view=all")).GetArrayLength());
        await (await Api.DeleteAsync($"/api/v1/mailboxes/{id}", Ct)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Agents_cannot_see_or_connect_mailboxes()
    {
        var (_, agent) = await App.AddAgentAsync(Api, "li.na@shop.test", "李娜");

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/v1/mailboxes", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_mailbox_that_stops_answering_shows_the_error_to_the_admin()
    {
        await Api.ConnectAsync(shop);
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Exceed.Core.Data.ExceedDb>();
            // The provider changed the password after the mailbox was connected.
            var mailbox = await db.Mailboxes.SingleAsync(Ct);
            mailbox.Imap.Password = "changed-by-the-provider";
            db.Entry(mailbox).Reference(m => m.Imap).TargetEntry!.Property(s => s.Password).IsModified = true;
            await db.SaveChangesAsync(Ct);
        }

        await App.ReadMailOnceAsync();

        var listed = (await Api.GetFromJsonAsync<JsonElement>("/api/v1/mailboxes", Ct))[0];
        Assert.Contains("Authentication", listed.Text("lastError"), StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class MailboxAdminOnSqlite(SqliteExceed app) : MailboxAdminScenarios<SqliteExceed>(app);
public sealed class MailboxAdminOnPostgres(PostgresExceed app) : MailboxAdminScenarios<PostgresExceed>(app);
