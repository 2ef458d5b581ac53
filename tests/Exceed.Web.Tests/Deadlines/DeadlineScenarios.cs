using Exceed.Web.Tests.Conversations;
using Exceed.Web.Tests.Infrastructure;

namespace Exceed.Web.Tests.Deadlines;

/// <summary>Promises to customers fall due in business hours; a broken one tells the owner and the team lead, once.</summary>
public abstract class DeadlineScenarios<TApp>(TApp app) : DeadlineSteps<TApp>(app) where TApp : ExceedFactory
{
    private const string Team = "售后";

    private async Task<(Guid Conversation, HttpClient Owner, HttpClient Lead)> OwnedComplaintAsync()
    {
        var (ownerId, owner) = await App.AddAgentAsync(Api, "xiaomei@shop.test", "小美");
        var (_, lead) = await AddLeadAsync("laowang@shop.test", "老王", Team);
        var channel = await Api.CreateChannelAsync();
        var conversation = (await Api.ReceivedAsync(channel, "wx_chen_li", "快递三天没动了", "m-1", "陈丽")).Id("conversationId");
        await Api.PostAsJsonAsync($"/api/v1/conversations/{conversation}/handoff", new { toStaffId = ownerId, team = Team }, Ct).OkAsync();
        return (conversation, owner, lead);
    }

    [Fact]
    public async Task Missed_update_notifies_the_owner_and_the_team_lead()
    {
        var (conversation, owner, lead) = await OwnedComplaintAsync();

        App.Clock.Set(Shanghai(9, 51));
        await SweepAsync(App);

        var ownerHears = Assert.Single(await NotificationsAsync(owner));
        Assert.Equal(("updateBreached", "owner", conversation), (ownerHears.Text("kind"), ownerHears.Text("as"), ownerHears.Id("conversationId")));
        var leadHears = Assert.Single(await NotificationsAsync(lead));
        Assert.Equal(("updateBreached", "lead", conversation), (leadHears.Text("kind"), leadHears.Text("as"), leadHears.Id("conversationId")));
        AssertAbout(Shanghai(9, 50), leadHears.GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Missed_first_answer_is_reported_as_its_own_breach()
    {
        var (_, owner, _) = await OwnedComplaintAsync();

        App.Clock.Set(Shanghai(10, 31));
        await SweepAsync(App);

        var kinds = (await NotificationsAsync(owner)).Select(n => n.Text("kind")).Order().ToList();
        Assert.Equal(["firstResponseBreached", "updateBreached"], kinds);
    }

    [Fact]
    public async Task A_reply_in_time_notifies_nobody()
    {
        var (conversation, owner, lead) = await OwnedComplaintAsync();
        App.Clock.Set(Shanghai(9, 40));
        await owner.PostAsJsonAsync($"/api/v1/conversations/{conversation}/replies", new { text = "陈女士,非常抱歉,我马上联系快递" }, Ct).OkAsync();

        App.Clock.Set(Shanghai(12, 0));
        await SweepAsync(App);

        Assert.Empty(await NotificationsAsync(owner));
        Assert.Empty(await NotificationsAsync(lead));
    }

    [Fact]
    public async Task A_late_reply_does_not_hide_the_broken_promise()
    {
        var (conversation, owner, lead) = await OwnedComplaintAsync();
        App.Clock.Set(Shanghai(9, 55));
        await owner.PostAsJsonAsync($"/api/v1/conversations/{conversation}/replies", new { text = "抱歉久等了" }, Ct).OkAsync();

        await SweepAsync(App);

        Assert.Equal("updateBreached", Assert.Single(await NotificationsAsync(lead)).Text("kind"));
    }

    [Fact]
    public async Task Follow_up_date_reminds_the_owner_when_it_comes()
    {
        var (conversation, owner, lead) = await OwnedComplaintAsync();
        await owner.PostAsJsonAsync($"/api/v1/conversations/{conversation}/replies", new { text = "已为您补发,明早给您回电", status = "solved" }, Ct).OkAsync();
        await owner.PatchAsJsonAsync($"/api/v1/conversations/{conversation}", new { followUpAt = Shanghai(10, 0, days: 1) }, Ct).OkAsync();

        App.Clock.Set(Shanghai(9, 59, days: 1));
        Assert.Equal(0, await SweepAsync(App));
        App.Clock.Set(Shanghai(10, 1, days: 1));
        await SweepAsync(App);

        Assert.Equal("followUpDue", Assert.Single(await NotificationsAsync(owner)).Text("kind"));
        Assert.Empty(await NotificationsAsync(lead));
    }

    [Fact]
    public async Task A_message_just_before_closing_is_due_soon_after_opening()
    {
        await AddLeadAsync("laowang@shop.test", "老王", Team);
        App.Clock.Set(Shanghai(20, 55));
        var channel = await Api.CreateChannelAsync();
        await Api.ReceivedAsync(channel, "wx_chen_li", "还在吗?", "m-1");

        var row = (await Api.InboxAsync("view=all"))[0];
        AssertAbout(Shanghai(9, 15, days: 1), row.GetProperty("dueAt").GetDateTimeOffset());
        Assert.False(row.GetProperty("breaching").GetBoolean());
    }

    [Fact]
    public async Task The_inbox_marks_a_conversation_about_to_breach()
    {
        var channel = await Api.CreateChannelAsync();
        await Api.ReceivedAsync(channel, "wx_chen_li", "快递三天没动了", "m-1");
        Assert.False((await Api.InboxAsync("view=all"))[0].GetProperty("breaching").GetBoolean());

        App.Clock.Set(Shanghai(9, 46));

        var row = (await Api.InboxAsync("view=all"))[0];
        Assert.True(row.GetProperty("breaching").GetBoolean());
        AssertAbout(Shanghai(9, 50), row.GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_lead_of_another_team_is_not_told()
    {
        await OwnedComplaintAsync();
        var (_, frontDesk) = await AddLeadAsync("zhang@shop.test", "张姐", "前台");

        App.Clock.Set(Shanghai(9, 51));
        await SweepAsync(App);

        Assert.Empty(await NotificationsAsync(frontDesk));
    }

    [Fact]
    public async Task Unowned_conversation_without_a_team_tells_every_lead()
    {
        var (_, first) = await AddLeadAsync("laowang@shop.test", "老王", Team);
        var (_, second) = await AddLeadAsync("zhang@shop.test", "张姐", "前台");
        var channel = await Api.CreateChannelAsync();
        await Api.ReceivedAsync(channel, "wx_chen_li", "在吗", "m-1");

        App.Clock.Set(Shanghai(9, 51));
        await SweepAsync(App);

        Assert.Single(await NotificationsAsync(first));
        Assert.Single(await NotificationsAsync(second));
    }

    [Fact]
    public async Task A_read_notification_leaves_the_unread_list()
    {
        var (_, owner, _) = await OwnedComplaintAsync();
        App.Clock.Set(Shanghai(9, 51));
        await SweepAsync(App);
        var notification = Assert.Single(await NotificationsAsync(owner, "unread=true"));

        var read = await owner.PostAsync($"/api/v1/notifications/{notification.Id("id")}/read", null, Ct).OkAsync();

        Assert.NotEqual(JsonValueKind.Null, read.GetProperty("readAt").ValueKind);
        Assert.Empty(await NotificationsAsync(owner, "unread=true"));
        Assert.Single(await NotificationsAsync(owner));
    }

    [Fact]
    public async Task Someone_elses_notification_cannot_be_marked_read()
    {
        var (_, owner, lead) = await OwnedComplaintAsync();
        App.Clock.Set(Shanghai(9, 51));
        await SweepAsync(App);
        var ownersNotification = Assert.Single(await NotificationsAsync(owner));

        var response = await lead.PostAsync($"/api/v1/notifications/{ownersNotification.Id("id")}/read", null, Ct);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Single(await NotificationsAsync(owner, "unread=true"));
    }
}

public sealed class DeadlinesOnSqlite(SqliteExceed app) : DeadlineScenarios<SqliteExceed>(app);
public sealed class DeadlinesOnPostgres(PostgresExceed app) : DeadlineScenarios<PostgresExceed>(app);
