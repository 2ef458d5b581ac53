namespace Exceed.Core.Language;

/// <summary>
/// The price-insult rule (issue 5, seed 002 "不要说'这个您买不起'"): steering the customer to cheaper goods while hinting
/// they cannot pay, or pushing cheaper goods they never asked for. A phrase list cannot see this: the two halves
/// ("比较高档" … "入门款就好") are far apart and in any order, and when the customer asked for something cheaper the same
/// words are good service. The mark covers the cheaper goods the reply points at.
/// </summary>
internal static class PriceInsultRule
{
    public const string RuleId = "price.budget";

    /// <summary>Cheaper goods a reply can point at (folded: Simplified, lower case).</summary>
    private static readonly string[] CheaperGoods =
    [
        "便宜些", "便宜一些", "便宜点", "便宜一点", "便宜的", "更便宜", "平价", "入门款", "入门级", "入门的", "特价区", "特价品", "特价的",
        "特价酒", "特价款", "打折区", "折扣区", "清仓区", "低价", "低端", "实惠的", "经济款", "经济型", "基础款", "便宜嘅", "平啲",
        "cheaper", "cheap", "budget range", "budget option", "budget model", "budget line", "budget one", "outlet section", "outlet store", "sale section",
        "sale rack", "clearance", "entry-level", "entry level", "basic range", "basic model", "lower-priced", "less expensive",
    ];

    /// <summary>Wording that is about the price of the reply's own offer, not the customer's means.</summary>
    private static readonly string[] NotAboutTheCustomer =
    [
        "给您便宜", "算您便宜", "便宜的价格", "更便宜的价格", "便宜一点给您", "便宜点给您", "cheaper price", "cheaper rate", "cheaper than anywhere",
    ];

    /// <summary>Words aimed at the customer's means or taste.</summary>
    private static readonly string[] AimedAtTheCustomer =
    [
        "适合您", "适合你", "预算", "对您来说", "对你来说", "消费不起", "买不起", "不惯", "嫌贵", "太贵", "比较贵", "有点贵", "高端", "高档",
        "奢侈", "就好", "超出", "唔啱你", "for you", "suit you", "suits you", "your budget", "price range", "pricey", "too expensive",
        "expensive for", "afford", "expensive side", "high-end", "luxury", "price point",
    ];

    /// <summary>Steering: the reply sends the customer towards the cheaper goods.</summary>
    private static readonly string[] Steering =
    [
        "看看", "试试", "推荐", "要不要", "考虑", "换成", "look at", "try", "suggest", "recommend", "how about", "go for", "consider", "check out", "instead",
    ];

    /// <summary>The customer raised the price: showing cheaper goods is then the answer they want.</summary>
    private static readonly string[] CustomerAskedAboutPrice =
    [
        "便宜", "预算", "平价", "实惠", "贵", "价位", "省钱", "划算", "平啲", "cheap", "budget", "afford", "expensive", "price range", "pricey", "less", "cost less",
    ];

    private static readonly Dictionary<string, (string Reason, string Suggestion)> Messages = new()
    {
        [ReplyLanguages.Simplified] = ("别替客户判断消费能力:介绍这款的价值,让客户自己选;客户问起再推荐其他价位。",
            "这款用的是真皮,做工很细,您可以上脚试试;如果想对比,我也可以拿几款不同价位的给您看。"),
        [ReplyLanguages.Traditional] = ("別替客戶判斷消費能力:介紹這款的價值,讓客戶自己選;客戶問起再推薦其他價位。",
            "這款用的是真皮,做工很細,您可以試穿看看;如果想比較,我也可以拿幾款不同價位的給您看。"),
        [ReplyLanguages.English] = ("Don't judge what the customer can pay: show what this one is worth and let them choose; offer other prices when they ask.",
            "This one is full-grain leather and hand-stitched; would you like to try it? I'm happy to show you a few others to compare, too."),
    };

    /// <summary>The problem, or null. <paramref name="folded"/> is the folded reply; the context is read only when needed.</summary>
    public static ReplyProblem? Find(string folded, string language, string? context)
    {
        foreach (var cue in CheaperGoods)
        {
            for (var at = folded.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(cue, at + 1, StringComparison.Ordinal))
            {
                if (!WholeWords(folded, at, cue.Length) || Overlaps(folded, at, cue.Length, NotAboutTheCustomer))
                {
                    continue;
                }
                var (sentenceStart, sentenceEnd) = Sentence(folded, at);
                if (ContainsAny(folded, 0, folded.Length, AimedAtTheCustomer) || ContainsAny(folded, sentenceStart, sentenceEnd, Steering))
                {
                    if (AskedAboutPrice(context))
                    {
                        return null;
                    }
                    var (reason, suggestion) = Messages[language];
                    return new ReplyProblem(ProblemKinds.PriceInsult, at, cue.Length, reason, suggestion, RuleId);
                }
            }
        }
        return null;
    }

    private static bool AskedAboutPrice(string? context)
    {
        if (string.IsNullOrWhiteSpace(context))
        {
            return false;
        }
        var folded = TextFolding.Fold(context);
        return ContainsAny(folded, 0, folded.Length, CustomerAskedAboutPrice);
    }

    private static bool ContainsAny(string folded, int start, int end, string[] words)
    {
        foreach (var word in words)
        {
            for (var at = folded.IndexOf(word, start, end - start, StringComparison.Ordinal); at >= 0 && at + word.Length <= end;
                 at = at + 1 < end ? folded.IndexOf(word, at + 1, end - at - 1, StringComparison.Ordinal) : -1)
            {
                if (WholeWords(folded, at, word.Length))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool Overlaps(string folded, int start, int length, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            var from = Math.Max(0, start - phrase.Length + 1);
            var at = folded.IndexOf(phrase, from, StringComparison.Ordinal);
            if (at >= 0 && at < start + length)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>English cues match whole words only ("cheap" is not in "cheapest" or "budgeted"); Chinese has no word breaks.</summary>
    private static bool WholeWords(string folded, int at, int length) =>
        (!TextFolding.IsWordChar(folded[at]) || at == 0 || !TextFolding.IsWordChar(folded[at - 1]))
        && (!TextFolding.IsWordChar(folded[at + length - 1]) || at + length == folded.Length || !TextFolding.IsWordChar(folded[at + length]));

    private static (int Start, int End) Sentence(string folded, int at)
    {
        var start = at;
        while (start > 0 && !TextFolding.EndsSentence(folded[start - 1]))
        {
            start--;
        }
        var end = at;
        while (end < folded.Length && !TextFolding.EndsSentence(folded[end]))
        {
            end++;
        }
        return (start, end);
    }
}
