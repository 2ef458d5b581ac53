using Exceed.Core.Language;

namespace Exceed.Core.Tests.Language;

/// <summary>What an agent sees when the checker reads a reply: where the mark is, why, and what to write instead.</summary>
public sealed class CheckerScenarios
{
    private static readonly ReplyChecker Checker = new(DefaultPhrasebook.Entries());

    [Fact]
    public void Agent_is_warned_before_sending_you_owe()
    {
        const string reply = "您欠我们200元";

        var problem = Assert.Single(Checker.Check(reply).Problems);

        Assert.Equal(ProblemKinds.NegativeWording, problem.Kind);
        Assert.Equal("您欠我们", reply.Substring(problem.Start, problem.Length));
        Assert.Equal("我们记录您的余额是", problem.Suggestion);
    }

    [Fact]
    public void Traditional_full_width_reply_is_caught_by_the_same_rule_with_offsets_into_the_original()
    {
        const string reply = "親，您欠我們２００元，餘額不足。";

        var check = Checker.Check(reply);

        Assert.Equal(ReplyLanguages.Traditional, check.Language);
        Assert.Equal(["您欠我們", "餘額不足"], check.Problems.Select(p => reply.Substring(p.Start, p.Length)));
        Assert.Equal("我們記錄您的餘額是", check.Problems[0].Suggestion);
    }

    [Theory]
    [InlineData("不客气,这是我们应该做的。")]
    [InlineData("不用担心,我马上为您处理。")]
    [InlineData("不好意思,让您久等了。")]
    [InlineData("没问题,今天就给您发出。")]
    [InlineData("不客氣,這是我們應該做的。")]
    [InlineData("No worries, I'll sort it out today.")]
    [InlineData("If it doesn't fit, we'll exchange it.")]
    [InlineData("No problem at all; it ships this afternoon.")]
    public void Harmless_negatives_pass(string reply)
    {
        Assert.Empty(Checker.Check(reply).Problems);
    }

    [Theory]
    [InlineData("zh-Hans", "negative-wording", "这里禁止吸烟。")]
    [InlineData("zh-Hant", "negative-wording", "這裡禁止吸煙。")]
    [InlineData("en", "negative-wording", "You owe us 200 yuan.")]
    [InlineData("zh-Hans", "bare-refusal", "没办法,这是特价商品。")]
    [InlineData("zh-Hant", "bare-refusal", "沒辦法,這是特價商品。")]
    [InlineData("en", "bare-refusal", "No, we can't do that.")]
    [InlineData("zh-Hans", "blame-shifting", "可能是快递在路上弄坏的。")]
    [InlineData("zh-Hant", "blame-shifting", "可能是快遞在路上弄壞的。")]
    [InlineData("en", "blame-shifting", "That's a system error, not our fault.")]
    [InlineData("zh-Hans", "doubting-customer", "您插上插头了吗?")]
    [InlineData("zh-Hant", "doubting-customer", "您插上插頭了嗎?")]
    [InlineData("en", "doubting-customer", "Are you sure you typed the password correctly?")]
    [InlineData("zh-Hans", "commanding-tone", "你必须先把订单号发过来。")]
    [InlineData("zh-Hant", "commanding-tone", "你必須先把訂單號發過來。")]
    [InlineData("en", "commanding-tone", "Calm down, you have to wait like everyone else.")]
    [InlineData("zh-Hans", "dismissive", "那您退款好了。")]
    [InlineData("zh-Hant", "dismissive", "自己看說明書吧。")]
    [InlineData("en", "dismissive", "Just read the manual.")]
    [InlineData("zh-Hans", "price-insult", "这款对您来说太贵了,看看便宜点的吧。")]
    [InlineData("zh-Hant", "price-insult", "這款對您來說太貴了,看看便宜點的吧。")]
    [InlineData("en", "price-insult", "Maybe the cheaper one is more your style.")]
    public void Each_kind_is_marked_in_each_language(string language, string kind, string reply)
    {
        Assert.Contains(Checker.Check(reply, language).Problems, p => p.Kind == kind);
    }

    [Theory]
    [InlineData("zh-Hans", "你们的东西质量太差了,我要退款!", "请问是哪方面的问题?")]
    [InlineData("zh-Hant", "你們的東西質量太差了,我要退款!", "請問是哪方面的問題?")]
    [InlineData("en", "This is broken and I want a refund.", "What is the order number?")]
    public void Reply_to_a_complaint_without_an_apology_is_marked(string language, string context, string reply)
    {
        var problem = Assert.Single(Checker.Check(reply, language, context).Problems);

        Assert.Equal(ProblemKinds.MissingApology, problem.Kind);
        Assert.Equal(0, problem.Start);
    }

    [Theory]
    [InlineData("你们的东西质量太差了,我要退款!", "非常抱歉给您带来困扰,我马上为您处理。")]
    [InlineData("This is broken and I want a refund.", "I'm so sorry; I'll send a new one today.")]
    [InlineData("请问你们几点开门?", "我们早上九点开门,欢迎光临。")]
    public void Apology_or_no_complaint_needs_no_mark(string context, string reply)
    {
        Assert.Empty(Checker.Check(reply, null, context).Problems);
    }

    [Fact]
    public void Apology_followed_by_refusal_is_still_a_refusal()
    {
        var check = Checker.Check("非常抱歉,这个不能退。", null, "衣服破了,我要退货");

        Assert.Equal([ProblemKinds.BareRefusal], check.Problems.Select(p => p.Kind));
    }

    [Theory]
    [InlineData("您好,请问有什么可以帮您?", "zh-Hans")]
    [InlineData("您好,請問有什麼可以幫您?", "zh-Hant")]
    [InlineData("Hello, how can I help?", "en")]
    [InlineData("OK的,order number发我一下", "zh-Hans")]
    public void Language_is_detected_when_not_given(string reply, string language)
    {
        Assert.Equal(language, Checker.Check(reply).Language);
    }

    [Fact]
    public void Disabled_rule_stops_firing()
    {
        var checker = new ReplyChecker(DefaultPhrasebook.Entries(), new HashSet<string> { "negative.owe" });

        Assert.Empty(checker.Check("您欠我们200元").Problems);
    }

    [Fact]
    public void A_lead_phrase_with_a_gap_matches_within_one_sentence_only()
    {
        var entry = new PhraseEntry { Language = "en", Use = PhraseUse.Discouraged, Kind = ProblemKinds.Dismissive, RuleId = "custom", Phrase = "as…mentioned", Suggestion = "to recap" };
        var checker = new ReplyChecker([entry]);

        Assert.Single(checker.Check("As I mentioned, it ships Monday.").Problems);
        Assert.Empty(checker.Check("As ever. We mentioned it ships Monday.").Problems);
    }
}
