using Exceed.Web.Tests.Conversations;
using Exceed.Web.Tests.Infrastructure;

namespace Exceed.Web.Tests.Replies;

/// <summary>The composer offers a greeting at the first reply and a farewell when solving; completions speak the phrasebook's voice.</summary>
public abstract class MomentScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    private static async Task<string> OfferAsync(HttpClient client, string moment, Guid? conversation = null, string? language = null) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/replies/moments/offer?moment={moment}"
            + (conversation is { } c ? $"&conversationId={c}" : "") + (language is { } l ? $"&language={l}" : ""), Ct)).Text("text");

    private async Task<Guid> ChenWritesAsync()
    {
        await CreateAsync(CustomerBuilder.Named("陈丽").Ms("陈").WeChat("wx_chen").Speaks("zh-Hant"));
        var channel = await Api.CreateChannelAsync();
        return (await Api.ReceivedAsync(channel, "wx_chen", "請問營業時間?", "m-1")).Id("conversationId");
    }

    [Fact]
    public async Task Shipped_greeting_greets_the_customer_in_their_language_and_names_the_agent()
    {
        var conversation = await ChenWritesAsync();
        var (_, agent) = await App.AddAgentAsync(Api, "li@shop.example", "小李");

        Assert.Equal("陈小姐,早安!我是小李,很高興為您服務。", await OfferAsync(agent, "greeting", conversation));
    }

    [Fact]
    public async Task Evening_farewell_wishes_a_good_night()
    {
        App.Clock.Set(ExceedFactory.Monday0930Shanghai.AddHours(12));

        Assert.Equal("Thank you for your patience, and have a good night. We're always here if you need anything.", await OfferAsync(Api, "farewell", language: "en"));
    }

    [Fact]
    public async Task Agents_own_greeting_beats_the_teams_and_other_agents_do_not_get_it()
    {
        var (_, li) = await App.AddAgentAsync(Api, "li@shop.example", "小李");
        var (_, wang) = await App.AddAgentAsync(Api, "wang@shop.example", "小王");
        await Api.PostAsJsonAsync("/api/v1/replies/moments", new { moment = "greeting", language = "en", body = "{greeting} from the team!", personal = false }, Ct).OkAsync();
        await li.PostAsJsonAsync("/api/v1/replies/moments", new { moment = "greeting", language = "en", body = "{greeting}, {agent} here!" }, Ct).OkAsync();

        Assert.Equal("Good morning, 小李 here!", await OfferAsync(li, "greeting", language: "en"));
        Assert.Equal("Good morning from the team!", await OfferAsync(wang, "greeting", language: "en"));
    }

    [Fact]
    public async Task Agent_cannot_write_a_team_template_and_is_told_how_to_add_their_own()
    {
        var (_, li) = await App.AddAgentAsync(Api, "li@shop.example", "小李");

        var problem = await (await li.PostAsJsonAsync("/api/v1/replies/moments", new { moment = "farewell", language = "en", body = "Bye", personal = false }, Ct))
            .AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("personal", problem.GetProperty("errors").GetProperty("personal")[0].GetString());
        Assert.Equal(0, (await li.GetFromJsonAsync<JsonElement>("/api/v1/replies/moments", Ct)).GetArrayLength());
    }

    [Fact]
    public async Task Offer_of_an_unknown_moment_names_the_field()
    {
        var problem = await (await Api.GetAsync("/api/v1/replies/moments/offer?moment=lunch", Ct)).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("moment", out _));
    }

    [Fact]
    public async Task Typing_the_start_of_a_recommended_phrase_offers_the_whole_phrase()
    {
        var completions = await Api.GetFromJsonAsync<JsonElement>($"/api/v1/replies/completions?language=zh-Hans&text={Uri.EscapeDataString("好的,非常抱")}", Ct);

        var first = completions[0];
        Assert.Equal("非常抱歉给您带来不便", first.Text("phrase"));
        Assert.Equal(3, first.GetProperty("replace").GetInt32());
    }

    [Fact]
    public async Task Phrase_a_lead_adds_is_offered_at_once()
    {
        var url = $"/api/v1/replies/completions?language=en&text={Uri.EscapeDataString("Sure. We appreci")}";
        Assert.Equal(0, (await Api.GetFromJsonAsync<JsonElement>(url, Ct)).GetArrayLength());

        await Api.PostAsJsonAsync("/api/v1/language/phrasebook", new { language = "en", use = "Recommended", kind = "thanks", phrase = "We appreciate your patience", suggestion = "", reason = "" }, Ct).OkAsync();

        Assert.Equal("We appreciate your patience", (await Api.GetFromJsonAsync<JsonElement>(url, Ct))[0].Text("phrase"));
    }

    [Fact]
    public async Task Completions_in_an_unknown_language_name_the_field()
    {
        var problem = await (await Api.GetAsync("/api/v1/replies/completions?language=fr&text=bon", Ct)).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("language", out _));
    }
}

public sealed class MomentsOnSqlite(SqliteExceed app) : MomentScenarios<SqliteExceed>(app);
public sealed class MomentsOnPostgres(PostgresExceed app) : MomentScenarios<PostgresExceed>(app);
