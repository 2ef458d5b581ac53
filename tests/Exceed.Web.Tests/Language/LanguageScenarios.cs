using Exceed.Core.Audit;
using Exceed.Core.Data;
using Exceed.Core.Language;
using Exceed.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Web.Tests.Language;

/// <summary>An agent checks a reply; a lead tunes the phrasebook and the change applies at once, on SQLite and PostgreSQL.</summary>
public abstract class LanguageScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    private Task<HttpResponseMessage> CheckAsync(object request) => Api.PostAsJsonAsync("/api/v1/language/check", request, Ct);

    private async Task<string[]> KindsAsync(string text, string? context = null)
    {
        var response = await CheckAsync(new { text, context });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return (await response.JsonAsync()).GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("kind").GetString()!).ToArray();
    }

    private async Task<JsonElement> AddEntryAsync(object entry)
    {
        var response = await Api.PostAsJsonAsync("/api/v1/language/phrasebook", entry, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await response.JsonAsync();
    }

    [Fact]
    public async Task Agent_sees_where_you_owe_is_and_the_better_wording()
    {
        var response = await CheckAsync(new { text = "您欠我们200元" });

        var body = await response.JsonAsync();
        var problem = Assert.Single(body.GetProperty("problems").EnumerateArray());
        Assert.Equal("zh-Hans", body.GetProperty("language").GetString());
        Assert.Equal("negative-wording", problem.GetProperty("kind").GetString());
        Assert.Equal((0, 4), (problem.GetProperty("start").GetInt32(), problem.GetProperty("length").GetInt32()));
        Assert.Equal("我们记录您的余额是", problem.GetProperty("suggestion").GetString());
    }

    [Fact]
    public async Task Fine_reply_has_no_problems()
    {
        Assert.Empty(await KindsAsync("不客气,祝您生活愉快!"));
    }

    [Fact]
    public async Task Check_without_text_names_the_field()
    {
        var problem = await (await CheckAsync(new { language = "en" })).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out _));
    }

    [Fact]
    public async Task Check_in_an_unknown_language_names_the_field_and_the_choices()
    {
        var problem = await (await CheckAsync(new { text = "hello", language = "fr" })).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("zh-Hans, zh-Hant or en", problem.GetProperty("errors").GetProperty("language")[0].GetString());
    }

    [Fact]
    public async Task Lead_adds_a_phrase_and_the_next_check_marks_it_without_a_restart()
    {
        Assert.Empty(await KindsAsync("亲,这个搞不定。"));

        await AddEntryAsync(new { language = "zh-Hans", use = "Discouraged", kind = "bare-refusal", phrase = "搞不定", suggestion = "我来想办法", reason = "说能做什么" });

        Assert.Equal(["bare-refusal"], await KindsAsync("亲,这个搞不定。"));
    }

    [Fact]
    public async Task Lead_switches_an_entry_off_and_it_stops_firing()
    {
        var entry = await AddEntryAsync(new { language = "en", use = "Discouraged", kind = "dismissive", phrase = "ttyl", suggestion = "I'll be back with you by 3 pm", reason = "Say when" });
        var id = entry.GetProperty("id").GetGuid();

        var put = await Api.PutAsJsonAsync($"/api/v1/language/phrasebook/{id}",
            new { language = "en", use = "Discouraged", kind = "dismissive", phrase = "ttyl", suggestion = "I'll be back with you by 3 pm", reason = "Say when", enabled = false }, Ct);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Empty(await KindsAsync("ok ttyl"));
    }

    [Fact]
    public async Task Change_made_on_another_node_is_seen_on_this_one()
    {
        Assert.Empty(await KindsAsync("亲,这个搞不定。"));

        using (var scope = App.Services.CreateScope())
        {
            // Another node: its own cache, the same database.
            var services = scope.ServiceProvider;
            using var otherNodeCache = new PhrasebookCache();
            var otherNode = new PhrasebookService(services.GetRequiredService<ExceedDb>(), otherNodeCache, services.GetRequiredService<AuditLog>(), TimeProvider.System);
            var added = await otherNode.AddAsync(new PhraseInput("zh-Hans", "Discouraged", "bare-refusal", "搞不定", "我来想办法", "说能做什么"), "lead@node-b", Ct);
            Assert.True(added.Succeeded);
        }

        Assert.Equal(["bare-refusal"], await KindsAsync("亲,这个搞不定。"));
    }

    [Fact]
    public async Task Disabled_rule_stops_firing_and_comes_back_when_switched_on()
    {
        var off = await Api.PutAsJsonAsync("/api/v1/language/rules/negative.owe", new { enabled = false }, Ct);
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.Empty(await KindsAsync("您欠我们200元"));

        await Api.PutAsJsonAsync("/api/v1/language/rules/negative.owe", new { enabled = true }, Ct);
        Assert.Equal(["negative-wording"], await KindsAsync("您欠我们200元"));
    }

    [Fact]
    public async Task Missing_apology_rule_can_be_switched_off()
    {
        Assert.Equal(["missing-apology"], await KindsAsync("订单号是多少?", "东西坏了,太差了"));

        await Api.PutAsJsonAsync("/api/v1/language/rules/complaint-apology", new { enabled = false }, Ct);

        Assert.Empty(await KindsAsync("订单号是多少?", "东西坏了,太差了"));
    }

    [Fact]
    public async Task Switching_an_unknown_rule_names_it()
    {
        var response = await Api.PutAsJsonAsync("/api/v1/language/rules/no.such.rule", new { enabled = false }, Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("no.such.rule", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Exported_csv_imports_back_unchanged_and_an_edited_row_takes_effect()
    {
        var csv = await Api.GetStringAsync("/api/v1/language/phrasebook.csv", Ct);
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;

        var same = await ImportAsync(csv);
        Assert.Equal((0, rows), (same.GetProperty("added").GetInt32(), same.GetProperty("updated").GetInt32()));
        Assert.Equal(csv, await Api.GetStringAsync("/api/v1/language/phrasebook.csv", Ct));

        var edited = csv.Replace(",您欠,", ",您拖着,", StringComparison.Ordinal);
        Assert.NotEqual(csv, edited);
        await ImportAsync(edited);
        Assert.Equal(["negative-wording"], await KindsAsync("您拖着没付"));
    }

    [Fact]
    public async Task Import_with_a_bad_row_names_its_line_and_changes_nothing()
    {
        var before = await Api.GetStringAsync("/api/v1/language/phrasebook.csv", Ct);
        const string csv = "language,use,kind,phrase,suggestion,reason\nzh-Hans,Discouraged,bare-refusal,搞不定,我来想办法,说能做什么\nfr,Discouraged,rude,merde,,\n";

        var response = await Api.PostAsync("/api/v1/language/phrasebook/import", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"), Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Line 3", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await Api.GetStringAsync("/api/v1/language/phrasebook.csv", Ct));
    }

    [Fact]
    public async Task Agent_may_check_and_read_but_not_edit_the_phrasebook()
    {
        var key = await Api.PostAsJsonAsync("/api/v1/api-keys", new { name = "agent desk", role = "agent" }, Ct);
        using var agent = App.CreateApiClient((await key.JsonAsync()).GetProperty("key").GetString()!);

        var check = await agent.PostAsJsonAsync("/api/v1/language/check", new { text = "您欠我们200元" }, Ct);
        var list = await agent.GetAsync("/api/v1/language/phrasebook?language=en", Ct);
        var add = await agent.PostAsJsonAsync("/api/v1/language/phrasebook", new { language = "en", kind = "dismissive", phrase = "meh", suggestion = "x", reason = "y" }, Ct);

        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        await add.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Search_finds_an_entry_in_either_script()
    {
        var found = await Api.GetFromJsonAsync<JsonElement>("/api/v1/language/phrasebook?q=" + Uri.EscapeDataString("餘額不足"), Ct);

        Assert.Contains(found.EnumerateArray(), e => e.GetProperty("phrase").GetString() == "余额不足");
        Assert.Contains(found.EnumerateArray(), e => e.GetProperty("phrase").GetString() == "餘額不足");
    }

    [Fact]
    public async Task Lead_opens_the_phrasebook_page_from_the_console_and_an_agent_is_turned_away()
    {
        await Api.PostAsJsonAsync("/api/v1/staff", new { email = "lead@exceed.local", displayName = "组长", role = "lead", password = "lead-pass-123" }, Ct);
        await Api.PostAsJsonAsync("/api/v1/staff", new { email = "agent@exceed.local", displayName = "小李", role = "agent", password = "agent-pass-123" }, Ct);
        var (leadClient, _) = await App.AsStaffAsync("lead@exceed.local", "lead-pass-123");
        var (agentClient, _) = await App.AsStaffAsync("agent@exceed.local", "agent-pass-123");
        using var lead = leadClient;
        using var agent = agentClient;

        var console = await lead.GetStringAsync("/", Ct);
        var page = await lead.GetAsync("/phrasebook", Ct);
        var denied = await agent.GetAsync("/phrasebook", Ct);

        Assert.Contains("href=\"/phrasebook\"", console);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
        Assert.DoesNotContain("href=\"/phrasebook\"", await agent.GetStringAsync("/", Ct));
    }

    private async Task<JsonElement> ImportAsync(string csv)
    {
        using var form = new MultipartFormDataContent { { new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"), "file", "phrasebook.csv" } };
        var response = await Api.PostAsync("/api/v1/language/phrasebook/import", form, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.JsonAsync();
    }
}

public sealed class LanguageOnSqlite(SqliteExceed app) : LanguageScenarios<SqliteExceed>(app);
public sealed class LanguageOnPostgres(PostgresExceed app) : LanguageScenarios<PostgresExceed>(app);
