using Exceed.Core.Language;

namespace Exceed.Core.Tests.Language;

/// <summary>
/// The phrase families of the shipped phrasebook: every discouraged phrase and every complaint cue fires on its own, and
/// the harmless wording around each family (the exceptions a lead would expect) passes.
/// </summary>
public sealed class PhraseFamilyTests
{
    private static readonly ReplyChecker Checker = new(DefaultPhrasebook.Entries());

    /// <summary>A phrase as an agent would type it: gaps filled, anchors and open word ends dropped.</summary>
    private static string Spoken(PhraseEntry entry) =>
        entry.Phrase.Replace("...", "…", StringComparison.Ordinal).Replace("…", entry.Language == ReplyLanguages.English ? " really " : "那边", StringComparison.Ordinal)
            .TrimStart('^').Replace("*", "", StringComparison.Ordinal);

    [Fact]
    public void Every_shipped_discouraged_phrase_is_marked_by_its_rule()
    {
        var silent = DefaultPhrasebook.Entries().Where(e => e.Use == PhraseUse.Discouraged)
            .Where(e => !Checker.Check(Spoken(e), e.Language).Problems.Any(p => p.RuleId == e.RuleId))
            .Select(e => $"{e.RuleId} {e.Language} {e.Phrase}");

        Assert.Empty(silent);
    }

    [Fact]
    public void Every_shipped_complaint_cue_makes_a_complaint()
    {
        var silent = DefaultPhrasebook.Entries().Where(e => e.Use == PhraseUse.ComplaintCue)
            .Where(e => !Checker.IsComplaint(Spoken(e))).Select(e => $"{e.Language} {e.Phrase}");

        Assert.Empty(silent);
    }

    [Theory]
    [InlineData("菜是凉的")]
    [InlineData("房间有异味,一股烟味")]
    [InlineData("空调不制冷")]
    [InlineData("这个杯子才用两天就裂了")]
    [InlineData("我订的是大床房,结果给我的是双床房")]
    [InlineData("你們少找我錢了")]
    [InlineData("部冷氣壞咗")]
    [InlineData("The soup was cold")]
    [InlineData("The room smelled of smoke")]
    [InlineData("I can't log into my account")]
    [InlineData("You charged me for a room I cancelled")]
    [InlineData("My package was crushed")]
    public void Complaints_about_food_rooms_goods_and_service_are_recognised(string message)
    {
        Assert.True(Checker.IsComplaint(message), message);
    }

    [Theory]
    [InlineData("请问早餐几点开始?")]
    [InlineData("有没有便宜一点的款式?")]
    [InlineData("这两款有什么不一样?")]
    [InlineData("我填错地址了,能帮我改一下吗?")]
    [InlineData("吹头发的吹风机在哪里?")]
    [InlineData("有冷的饮料吗?")]
    [InlineData("房间隔音好吗?")]
    [InlineData("Can I get a late checkout?")]
    [InlineData("Is the restaurant open late?")]
    [InlineData("Do you have cold drinks?")]
    [InlineData("Can I get a refund if I change my mind?")]
    [InlineData("I made a mistake in my order, can I change it?")]
    public void Questions_and_requests_are_no_complaint(string message)
    {
        Assert.False(Checker.IsComplaint(message), message);
    }

    [Theory]
    [InlineData("zh-Hans", "bare-refusal", "这个我们办不了。")]
    [InlineData("zh-Hant", "bare-refusal", "做唔到,規定係咁。")]
    [InlineData("en", "bare-refusal", "There's nothing I can do.")]
    [InlineData("en", "bare-refusal", "We cant change it.")]
    [InlineData("zh-Hans", "blame-shifting", "这个归财务部管,我们管不了。")]
    [InlineData("zh-Hant", "blame-shifting", "這是廠商的問題,跟我們無關。")]
    [InlineData("en", "blame-shifting", "That's the kitchen's mistake, not mine.")]
    [InlineData("en", "blame-shifting", "You probably typed your email wrong.")]
    [InlineData("zh-Hans", "doubting-customer", "您确顶是在我们店买的吗?")]
    [InlineData("zh-Hant", "doubting-customer", "您是不是按錯按鈕了?")]
    [InlineData("en", "doubting-customer", "Did u actually check ur spam folder?")]
    [InlineData("zh-Hans", "commanding-tone", "你现在马上把收据拍照传过来。")]
    [InlineData("zh-Hant", "commanding-tone", "把訂單號碼給我。")]
    [InlineData("en", "commanding-tone", "You'll have to call the bank.")]
    [InlineData("en", "commanding-tone", "Send me the receipt now.")]
    [InlineData("zh-Hans", "dismissive", "视频里都有,自己看吧。")]
    [InlineData("zh-Hant", "dismissive", "才一個小時而已,您還真急呢。")]
    [InlineData("en", "dismissive", "We're really busy right now, check the FAQ.")]
    [InlineData("zh-Hans", "price-insult", "呵呵,您要是嫌贵可以不买嘛。")]
    public void New_phrase_families_are_marked(string language, string kind, string reply)
    {
        Assert.Contains(Checker.Check(reply, language).Problems, p => p.Kind == kind);
    }

    [Theory]
    [InlineData("必须的!这款今天就给您发出。")]
    [InlineData("我们必须向您道歉,这是我们的疏忽。")]
    [InlineData("你不要担心,我马上帮您处理。")]
    [InlineData("是不是有什么地方不方便?我来帮您。")]
    [InlineData("这是我们的错,不是您的问题,我马上补发。")]
    [InlineData("Give me a moment and I'll check that for you.")]
    [InlineData("It's our fault, and I've refunded the delivery fee.")]
    [InlineData("I can't help but smile at your kind words, thank you!")]
    [InlineData("If you need to change it later, just let me know.")]
    [InlineData("I'll check the FAQ page link and send it to you.")]
    [InlineData("We're on your side here, and I'll sort it out today.")]
    [InlineData("It comes with just a small gift wrap, free of charge.")]
    public void Harmless_wording_near_the_new_families_passes(string reply)
    {
        Assert.Empty(Checker.Check(reply).Problems);
    }
}
