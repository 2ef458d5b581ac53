namespace Exceed.Core.Data.Demo;

/// <summary>What the demo shop sells and the demo hotel offers, and what their customers like, dislike and need.</summary>
internal static class DemoCatalog
{
    public static readonly (string Item, decimal Price)[] ShopItems =
    [
        ("高钙牛奶", 69m), ("有机纯牛奶 12盒", 89m), ("酸奶 24杯", 79m), ("羊绒围巾", 398m), ("羊毛披肩", 268m),
        ("西湖龙井 250g", 320m), ("安溪铁观音", 158m), ("云南普洱茶饼", 228m), ("白茶 寿眉", 188m), ("纯棉衬衫", 159m),
        ("羊绒开衫", 899m), ("真丝连衣裙", 659m), ("牛仔外套", 299m), ("Cashmere scarf", 398m), ("Oolong tea gift box", 268m),
    ];

    public static readonly (string Item, decimal Price)[] HotelItems =
    [
        ("豪华大床房 1晚", 880m), ("行政套房 1晚", 1680m), ("双床房 1晚", 720m), ("早餐套餐", 128m), ("SPA 按摩", 488m),
        ("机场接送", 260m), ("Deluxe king room, 1 night", 880m), ("Executive suite, 1 night", 1680m), ("Afternoon tea for two", 298m),
    ];

    /// <summary>Items the shop's regulars reorder again and again.</summary>
    public static readonly string[] RegularItems = ["高钙牛奶", "有机纯牛奶 12盒", "酸奶 24杯", "安溪铁观音", "西湖龙井 250g"];

    public static readonly string[] Likes =
    [
        "喜欢淡雅的颜色", "喜欢绿茶", "喜欢包装简单环保", "喜欢顺丰快递", "喜欢靠窗的座位", "喜欢深灰色", "喜欢手写贺卡",
        "Likes a quiet corner table", "Likes green tea", "Prefers courier delivery before noon",
    ];

    public static readonly string[] Dislikes =
    [
        "不喜欢香味太重的洗护用品", "不喜欢电话推销", "不喜欢羊毛扎的感觉", "不吃香菜", "不喜欢靠电梯的房间",
        "Dislikes strong perfume", "Dislikes phone calls after 9 pm", "No coriander",
    ];

    public static readonly string[] Needs =
    [
        "防过敏床品", "早上一杯咖啡", "高楼层安静房间", "乳糖不耐受,选低乳糖牛奶", "需要发票", "轮椅通道",
        "Hypoallergenic bedding", "Extra pillows", "Late check-out when possible", "Invoice with company name",
    ];

    public static readonly string[] Wishes =
    [
        "羊绒围巾", "羊绒开衫 燕麦色", "真丝连衣裙 M码", "大红袍礼盒", "行政套房升级", "Cashmere scarf in navy",
        "Spa package for two",
    ];

    public static readonly string[] Notes =
    [
        "上次快递延误,已补发小礼物,客户表示理解。", "客户很健谈,喜欢聊茶。", "生日时寄过贺卡,客户很开心。",
        "要求发票抬头写公司名称。", "入住时提前准备了加湿器。", "Returned a scarf once: colour did not match the photo.",
        "Asked for a room away from the lift.", "Prefers WeChat over phone calls.",
    ];

    public static readonly string[] Tags = ["vip", "回头客", "团购", "企业客户", "老客户", "会员", "网红推荐", "newsletter"];

    public static readonly string[] Staff = ["小美", "阿杰", "前台 Lily", "店长 老周", "客服 小雨", "Front desk Tom"];
}
