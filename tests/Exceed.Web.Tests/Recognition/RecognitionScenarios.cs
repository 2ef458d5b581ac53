using Exceed.Web.Tests.Infrastructure;

namespace Exceed.Web.Tests.Recognition;

/// <summary>Who is this, before they say a word: every identity kind and every way of writing a number finds the same card.</summary>
public abstract class RecognitionScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    [Theory]
    [InlineData("phone", "13800138000")]
    [InlineData("email", "Wang.JG@Example.com")]
    [InlineData("handle", "WangJG_88")]
    [InlineData("order", "tb-2026-0001")]
    [InlineData("wechat", "wjg_wx")]
    [InlineData("taobao", "王建国的小店")]
    public async Task Customer_is_recognised_by_each_kind_of_identity(string kind, string value)
    {
        var id = await CreateAsync(CustomerBuilder.WangJianguo()
            .Email("wang.jg@example.com").Handle("wangjg_88").Order("TB-2026-0001").WeChat("wjg_wx").Taobao("王建国的小店"));

        var card = await Api.CardAsync(kind, value);

        Assert.Equal(id, card.GetProperty("id").GetGuid());
    }

    [Theory]
    [InlineData("138 0013 8000")]
    [InlineData("+86 138-0013-8000")]
    [InlineData("13800138000")]
    [InlineData("0086 13800138000")]
    public async Task Caller_is_recognised_however_the_number_is_written(string written)
    {
        var id = await CreateAsync(CustomerBuilder.WangJianguo());

        var card = await Api.CardAsync("phone", written);

        Assert.Equal(id, card.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Unknown_caller_gets_not_found_problem_with_the_number_to_create()
    {
        await CreateAsync(CustomerBuilder.WangJianguo());

        var problem = await (await Api.RecognizeAsync("phone", "139 0000 0000")).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("+8613900000000", problem.GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("zh-Hans", "王先生,早上好")]
    [InlineData("zh-Hant", "王先生,早安")]
    [InlineData("en", "Good morning, Mr 王")]
    public async Task Caller_is_greeted_in_their_own_language(string language, string greeting)
    {
        await CreateAsync(CustomerBuilder.WangJianguo().Speaks(language));

        var card = await Api.CardAsync("phone", "13800138000");

        Assert.Equal(greeting, card.GetProperty("greeting").GetString());
    }

    [Fact]
    public async Task English_customer_is_greeted_by_title_and_family_name()
    {
        await CreateAsync(CustomerBuilder.Named("Emily Chen").Ms("Chen").Speaks("en").Email("emily@example.com"));

        var card = await Api.CardAsync("email", "emily@example.com");

        Assert.Equal("Good morning, Ms Chen", card.GetProperty("greeting").GetString());
    }

    [Fact]
    public async Task Card_prompts_what_to_offer_before_being_asked()
    {
        var today = ExceedFactory.Monday0930Shanghai.ToOffset(TimeSpan.FromHours(8));
        var birthday = today.AddDays(3);
        await CreateAsync(CustomerBuilder.WangJianguo()
            .Needs("无烟房")
            .Wished("羊绒围巾", today.AddDays(-5))
            .Bought("龙井茶", 128, today.AddDays(-3), times: 3)
            .Birthday(birthday.Month, birthday.Day));

        var card = await Api.CardAsync("phone", "13800138000");

        var prompts = card.GetProperty("prompts").EnumerateArray()
            .ToDictionary(p => p.GetProperty("kind").GetString()!, p => p.GetProperty("text").GetString());
        Assert.Equal("请准备：无烟房", prompts["need"]);
        Assert.Equal($"问问他{today.Month}月想要的羊绒围巾", prompts["wish"]);
        Assert.Equal("他常买龙井茶", prompts["regular"]);
        Assert.Equal($"{birthday.Month}月{birthday.Day}日是他的生日，准备个小惊喜？", prompts["date"]);
    }

    [Fact]
    public async Task Birthday_more_than_a_week_away_is_not_prompted()
    {
        var inNineDays = ExceedFactory.Monday0930Shanghai.ToOffset(TimeSpan.FromHours(8)).AddDays(9);
        await CreateAsync(CustomerBuilder.WangJianguo().Birthday(inNineDays.Month, inNineDays.Day));

        var card = await Api.CardAsync("phone", "13800138000");

        Assert.DoesNotContain(card.GetProperty("prompts").EnumerateArray(), p => p.GetProperty("kind").GetString() == "date");
    }

    [Fact]
    public async Task Asking_with_two_identities_at_once_is_a_problem()
    {
        var response = await Api.GetAsync("/api/v1/recognize?phone=13800138000&email=a@b.cn", Ct);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }
}

public sealed class RecognitionOnSqlite(SqliteExceed app) : RecognitionScenarios<SqliteExceed>(app);
public sealed class RecognitionOnPostgres(PostgresExceed app) : RecognitionScenarios<PostgresExceed>(app);
