using BenchmarkDotNet.Attributes;
using Exceed.Core.Language;

namespace Exceed.Bench;

/// <summary>The reply checker on 200-character replies with a 5,000-entry phrasebook (the shipped one plus generated entries).</summary>
[MemoryDiagnoser, MedianColumn]
public class LanguageBenchmarks
{
    public const int PhrasebookSize = 5_000;

    private const string Han = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研";
    private static readonly string[] Words = ["please", "order", "parcel", "refund", "table", "room", "booking", "coupon", "size", "colour", "warranty", "invoice", "delivery", "member", "points"];

    private ReplyChecker checker = default!;

    public static string ChineseReply { get; } = Fill("亲,非常抱歉让您久等了,您的订单我们已经加急处理,快递明天上午就能送到。这款外套是羊毛的,如果尺码不合适我们免费给您换。您欠我们的运费不用补了,这次由我们承担。还有什么可以帮您的吗?祝您生活愉快,期待再次为您服务!");
    public static string EnglishReply { get; } = Fill("Good morning Ms Chen, I'm so sorry for the wait. Your order ships today and should arrive tomorrow morning. If the jacket doesn't fit we'll exchange it for free. No worries about the delivery fee; it's on us this time. Anything else I can help with? ");

    [GlobalSetup]
    public void Setup() => checker = Build();

    public static ReplyChecker Build()
    {
        var entries = DefaultPhrasebook.Entries().ToList();
        var random = new Random(5);
        while (entries.Count < PhrasebookSize)
        {
            var english = entries.Count % 3 == 0;
            var phrase = english
                ? $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]}{random.Next(100)}"
                : new string(Enumerable.Range(0, random.Next(2, 6)).Select(_ => Han[random.Next(Han.Length)]).ToArray());
            entries.Add(new PhraseEntry
            {
                Language = english ? ReplyLanguages.English : ReplyLanguages.Simplified, Use = PhraseUse.Discouraged,
                Kind = ProblemKinds.Phrased[random.Next(ProblemKinds.Phrased.Length)], RuleId = "generated", Phrase = phrase,
                Suggestion = "better", Reason = "generated", Exceptions = random.Next(4) == 0 ? phrase + "了" : "",
            });
        }
        return new ReplyChecker(entries);
    }

    private static string Fill(string text)
    {
        while (text.Length < 200)
        {
            text += text;
        }
        return text[..200];
    }

    [Benchmark(Baseline = true)]
    public ReplyCheck Chinese200() => checker.Check(ChineseReply, null, "你们发货太慢了");

    [Benchmark]
    public ReplyCheck English200() => checker.Check(EnglishReply, null, "My parcel still hasn't arrived");
}
