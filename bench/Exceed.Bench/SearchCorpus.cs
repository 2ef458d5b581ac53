namespace Exceed.Bench;

/// <summary>Generated customer-service messages mixing Simplified, Traditional and English, with a long tail of rarer words.</summary>
internal sealed class SearchCorpus(int seed)
{
    private static readonly (string Hans, string Hant)[] Chinese =
    [
        ("您好", "您好"), ("订单", "訂單"), ("发货", "發貨"), ("退款", "退款"), ("快递", "快遞"), ("物流", "物流"), ("质量", "質量"),
        ("问题", "問題"), ("颜色", "顏色"), ("尺码", "尺碼"), ("优惠券", "優惠券"), ("换货", "換貨"), ("包装", "包裝"), ("破损", "破損"),
        ("地址", "地址"), ("满意", "滿意"), ("谢谢", "謝謝"), ("羊绒围巾", "羊絨圍巾"), ("龙井茶", "龍井茶"), ("无烟房", "無煙房"),
        ("早餐", "早餐"), ("预订", "預訂"), ("房间", "房間"), ("什么时候", "什麼時候"), ("还没有收到", "還沒有收到"), ("请帮我查一下", "請幫我查一下"),
        ("发票", "發票"), ("会员", "會員"), ("积分", "積分"), ("价格", "價格"), ("亲", "親"), ("麻烦", "麻煩"), ("已经", "已經"),
        ("客服", "客服"), ("电话", "電話"), ("售后", "售後"), ("维修", "維修"), ("保修", "保修"), ("礼物", "禮物"), ("生日", "生日"),
    ];
    private static readonly string[] English =
    [
        "hello", "order", "refund", "parcel", "delivery", "damaged", "colour", "size", "thanks", "room", "breakfast", "booking",
        "quality", "invoice", "please", "when", "arrive", "tracking", "number", "exchange", "voucher", "member", "points", "price",
        "broken", "missing", "wrong", "item", "cashmere", "scarf", "tea", "gift", "birthday", "repair", "warranty", "address",
    ];
    private readonly Random random = new(seed);

    public string Message()
    {
        var parts = new List<string>();
        var english = random.Next(3) == 0;
        for (var i = random.Next(4, 10); i > 0; i--)
        {
            var roll = random.Next(20);
            parts.Add(roll switch
            {
                0 => random.Next(10_000, 99_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
                1 => Rare(),
                _ when english || roll < 4 => English[Skewed(English.Length)],
                _ => random.Next(2) == 0 ? Chinese[Skewed(Chinese.Length)].Hans : Chinese[Skewed(Chinese.Length)].Hant,
            });
            parts.Add(english ? " " : random.Next(3) == 0 ? "，" : "");
        }
        return string.Concat(parts).TrimEnd() + (english ? "." : "。");
    }

    /// <summary>A word from a long tail (about 20,000 distinct), so not every query hits a large share of the messages.</summary>
    private string Rare() => random.Next(2) == 0
        ? $"sku{random.Next(20_000)}"
        : string.Concat((char)('\u4E00' + random.Next(3000)), (char)('\u4E00' + random.Next(3000)));

    /// <summary>Earlier words are more common, as in real conversations.</summary>
    private int Skewed(int count) => (int)(count * Math.Pow(random.NextDouble(), 2));
}
