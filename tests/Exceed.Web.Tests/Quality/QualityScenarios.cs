using Exceed.Core.Data;
using Exceed.Web.Tests.Conversations;
using Exceed.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Web.Tests.Quality;

/// <summary>A lead reviews the replies agents sent (质检); an agent sees only their own; on SQLite and PostgreSQL.</summary>
public abstract class QualityScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    private const string YouOwe = "您欠我们200元,请尽快付款。";
    private const string Fine = "您好,马上为您查询,请稍等。";
    private int messages;

    private async Task<Guid> ConversationAsync()
    {
        var channel = await Api.CreateChannelAsync(name: $"WeChat {messages}");
        messages++;
        return (await Api.ReceivedAsync(channel, $"wx_{messages}", "在吗?想问下订单", $"m-{messages}")).Id("conversationId");
    }

    private async Task ReplyAsync(HttpClient agent, string text, params string[] overridden) =>
        await agent.PostAsJsonAsync($"/api/v1/conversations/{await ConversationAsync()}/replies", new { text, overriddenRules = overridden }, Ct).OkAsync();

    private async Task<string> RuleOfAsync(string text) =>
        (await Api.PostAsJsonAsync("/api/v1/language/check", new { text }, Ct).OkAsync()).GetProperty("problems")[0].Text("ruleId");

    private async Task<JsonElement> ReportAsync(HttpClient client, string query = "") =>
        await client.GetAsync($"/api/v1/quality/report?{query}", Ct).OkAsync();

    private static JsonElement AgentRow(JsonElement report, string name) =>
        report.GetProperty("agents").EnumerateArray().Single(a => a.Text("agentName") == name);

    private static JsonElement RuleRow(JsonElement report, string rule) =>
        report.GetProperty("rules").EnumerateArray().Single(r => r.Text("ruleId") == rule);

    [Fact]
    public async Task Lead_sees_each_agents_score_and_problems_per_100_replies()
    {
        var (_, wang) = await App.AddAgentAsync(Api, "wang@shop.test", "王芳");
        var (_, li) = await App.AddAgentAsync(Api, "li@shop.test", "李明");
        await ReplyAsync(wang, Fine);
        await ReplyAsync(wang, YouOwe);
        await ReplyAsync(li, Fine);

        var report = await ReportAsync(Api);

        var wangScore = AgentRow(report, "王芳").GetProperty("quality");
        Assert.Equal((2, 1, 50.0, 50.0), (wangScore.GetProperty("replies").GetInt32(), wangScore.GetProperty("cleanReplies").GetInt32(),
            wangScore.GetProperty("score").GetDouble(), wangScore.GetProperty("problemsPer100").GetDouble()));
        Assert.Equal(100.0, AgentRow(report, "李明").GetProperty("quality").GetProperty("score").GetDouble());
        Assert.Equal(3, report.GetProperty("overall").GetProperty("replies").GetInt32());
    }

    [Fact]
    public async Task Flagged_reply_is_shown_with_the_problem_marked_and_its_conversation()
    {
        var (_, wang) = await App.AddAgentAsync(Api, "wang@shop.test", "王芳");
        await ReplyAsync(wang, YouOwe);

        var example = Assert.Single((await ReportAsync(Api)).GetProperty("examples").EnumerateArray());

        Assert.Equal("您欠我们", example.Text("excerpt").Substring(example.GetProperty("markStart").GetInt32(), example.GetProperty("markLength").GetInt32()));
        var conversation = await Api.ConversationAsync(example.Id("conversationId"));
        Assert.Contains(conversation.GetProperty("entries").EnumerateArray(), e => e.Text("text") == YouOwe);
    }

    [Fact]
    public async Task Rule_report_counts_fires_and_sends_past_it()
    {
        var rule = await RuleOfAsync(YouOwe);
        var (_, wang) = await App.AddAgentAsync(Api, "wang@shop.test", "王芳");
        await ReplyAsync(wang, YouOwe, rule);
        await ReplyAsync(wang, "您欠我们50元。");

        var row = RuleRow(await ReportAsync(Api), rule);

        Assert.Equal((2, 1, 0.5), (row.GetProperty("fired").GetInt32(), row.GetProperty("overridden").GetInt32(), row.GetProperty("overrideRate").GetDouble()));
        Assert.Equal(2, row.GetProperty("examples").GetArrayLength());
    }

    [Fact]
    public async Task Rule_switched_off_shows_as_off_in_the_rule_report()
    {
        var rule = await RuleOfAsync(YouOwe);
        var (_, wang) = await App.AddAgentAsync(Api, "wang@shop.test", "王芳");
        await ReplyAsync(wang, YouOwe);

        await Api.PutAsJsonAsync($"/api/v1/language/rules/{rule}", new { enabled = false }, Ct).OkAsync();

        Assert.False(RuleRow(await ReportAsync(Api), rule).GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task Agent_sees_only_their_own_scores()
    {
        var (_, wang) = await App.AddAgentAsync(Api, "wang@shop.test", "王芳");
        var (_, li) = await App.AddAgentAsync(Api, "li@shop.test", "李明");
        await ReplyAsync(wang, YouOwe);
        await ReplyAsync(li, Fine);

        var own = await ReportAsync(wang);

        Assert.Equal(["王芳"], own.GetProperty("agents").EnumerateArray().Select(a => a.Text("agentName")));
    }

    [Fact]
    public async Task Agent_asking_for_a_colleagues_scores_is_refused()
    {
        var (_, wang) = await App.AddAgentAsync(Api, "wang@shop.test", "王芳");
        var (liId, _) = await App.AddAgentAsync(Api, "li@shop.test", "李明");

        var problem = await (await wang.GetAsync($"/api/v1/quality/report?agentId={liId}", Ct)).AssertProblemAsync(HttpStatusCode.Forbidden);

        Assert.Contains("own", problem.Text("detail"));
    }

    [Fact]
    public async Task Agent_asking_for_a_teams_scores_is_refused()
    {
        var (_, wang) = await App.AddAgentAsync(Api, "wang@shop.test", "王芳");

        await (await wang.GetAsync("/api/v1/quality/report?team=售后", Ct)).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("from=2026-03-10&to=2026-03-01", "from")]
    [InlineData("from=2024-01-01&to=2026-01-01", "to")]
    [InlineData("by=month", "by")]
    [InlineData("team=nobody-here", "team")]
    public async Task Bad_review_request_names_the_field(string query, string field)
    {
        var problem = await (await Api.GetAsync($"/api/v1/quality/report?{query}", Ct)).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Lead_reviews_one_team()
    {
        await Api.PostAsJsonAsync("/api/v1/staff", new { email = "zhao@shop.test", displayName = "赵敏", role = "agent", password = "agent-pass-123", team = "售后" }, Ct).OkAsync();
        var (zhao, _) = await App.AsStaffAsync("zhao@shop.test", "agent-pass-123");
        var (_, wang) = await App.AddAgentAsync(Api, "wang@shop.test", "王芳");
        await ReplyAsync(zhao, YouOwe);
        await ReplyAsync(wang, Fine);

        var report = await ReportAsync(Api, "team=" + Uri.EscapeDataString("售后"));

        Assert.Equal(["赵敏"], report.GetProperty("agents").EnumerateArray().Select(a => a.Text("agentName")));
    }

    [Fact]
    public async Task Trend_shows_each_day_of_the_period_in_the_shops_days()
    {
        var (_, wang) = await App.AddAgentAsync(Api, "wang@shop.test", "王芳");
        App.Clock.Set(ExceedFactory.Monday0930Shanghai.AddDays(-1));
        await ReplyAsync(wang, YouOwe);
        App.Clock.Set(ExceedFactory.Monday0930Shanghai);
        await ReplyAsync(wang, Fine);
        await ReplyAsync(wang, Fine);
        var monday = ExceedFactory.Monday0930Shanghai.ToOffset(TimeSpan.FromHours(8));

        var report = await ReportAsync(Api, $"from={monday.AddDays(-2):yyyy-MM-dd}&to={monday:yyyy-MM-dd}&by=day");

        var points = report.GetProperty("trend").EnumerateArray().Select(p => (p.Text("start"), p.GetProperty("quality").GetProperty("replies").GetInt32(),
            p.GetProperty("quality").GetProperty("score").ValueKind == JsonValueKind.Number ? p.GetProperty("quality").GetProperty("score").GetDouble() : -1)).ToList();
        Assert.Equal([($"{monday.AddDays(-2):yyyy-MM-dd}", 0, -1), ($"{monday.AddDays(-1):yyyy-MM-dd}", 1, 0.0), ($"{monday:yyyy-MM-dd}", 2, 100.0)], points);
    }

    [Fact]
    public async Task Replies_sent_before_reviews_were_kept_are_checked_when_a_lead_runs_the_review()
    {
        var (_, wang) = await App.AddAgentAsync(Api, "wang@shop.test", "王芳");
        await ReplyAsync(wang, YouOwe);
        await ReplyAsync(wang, Fine);
        using (var scope = App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ExceedDb>().ReplyReviews.ExecuteDeleteAsync(Ct);
        }

        var score = AgentRow(await ReportAsync(Api), "王芳").GetProperty("quality");

        Assert.Equal((2, 1), (score.GetProperty("replies").GetInt32(), score.GetProperty("cleanReplies").GetInt32()));
    }
}

public sealed class QualityOnSqlite(SqliteExceed app) : QualityScenarios<SqliteExceed>(app);
public sealed class QualityOnPostgres(PostgresExceed app) : QualityScenarios<PostgresExceed>(app);
