namespace Exceed.Web.Tests.Search;

/// <summary>Generated customer-service text mixing Simplified, Traditional and English, and queries drawn from it.</summary>
public sealed class MixedText(int seed)
{
    private static readonly (string Hans, string Hant)[] Chinese =
    [
        ("订单", "訂單"), ("质量", "質量"), ("发货", "發貨"), ("退款", "退款"), ("快递", "快遞"), ("物流", "物流"), ("客服", "客服"),
        ("问题", "問題"), ("颜色", "顏色"), ("尺码", "尺碼"), ("优惠", "優惠"), ("换货", "換貨"), ("包装", "包裝"), ("损坏", "損壞"),
        ("地址", "地址"), ("满意", "滿意"), ("谢谢", "謝謝"), ("羊绒围巾", "羊絨圍巾"), ("龙井茶", "龍井茶"), ("无烟房", "無煙房"),
        ("早餐", "早餐"), ("预订", "預訂"), ("房间", "房間"), ("单", "單"), ("发", "發"),
    ];
    private static readonly string[] English =
        ["order", "Refund", "parcel", "DELIVERY", "damaged", "colour", "size", "thanks", "room", "breakfast", "booking", "quality", "ＯＲＤＥＲ"];
    private static readonly string[] Separators = ["", "", "", " ", "，", "。", "! ", "、", "\n", "-"];

    private readonly Random random = new(seed);

    public string Document()
    {
        var parts = new List<string>();
        for (var i = random.Next(3, 14); i > 0; i--)
        {
            parts.Add(random.Next(10) switch
            {
                < 6 => Variant(Chinese[random.Next(Chinese.Length)]),
                < 9 => English[random.Next(English.Length)],
                _ => random.Next(100, 2000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            parts.Add(Separators[random.Next(Separators.Length)]);
        }
        return string.Concat(parts);
    }

    /// <summary>One or two terms: dictionary words in either script or any case, or pieces cut from real documents.</summary>
    public string Query(IReadOnlyList<string> documents)
    {
        string One() => random.Next(4) switch
        {
            0 => Variant(Chinese[random.Next(Chinese.Length)]),
            1 => English[random.Next(English.Length)].ToLowerInvariant(),
            2 => Piece(documents[random.Next(documents.Count)]),
            _ => "丢失",
        };
        return random.Next(2) == 0 ? One() : One() + " " + One();
    }

    private string Piece(string document)
    {
        var length = random.Next(1, 5);
        var start = random.Next(Math.Max(1, document.Length - length));
        return document.Substring(start, Math.Min(length, document.Length - start));
    }

    private string Variant((string Hans, string Hant) word) => random.Next(2) == 0 ? word.Hans : word.Hant;
}
