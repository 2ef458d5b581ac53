using Exceed.Core.Customers;

namespace Exceed.Core.Data.Demo;

/// <summary>Hand-written shop customers who make the acceptance scenarios visible; listed in docs/demo-data.md.</summary>
internal static class ShopStories
{
    public static IEnumerable<DemoCustomer> All(DemoClock clock)
    {
        yield return new DemoCustomer(new CustomerInput
        {
            DisplayName = "王建国", FamilyName = "王", Salutation = Salutation.Mr, Language = "zh-Hans",
            Type = CustomerType.Loyal, LoyaltyStage = LoyaltyStage.Client, Tags = ["vip", "回头客"],
            Identities = [new(IdentityKind.Phone, "+86 138 0013 8000"), new(IdentityKind.Taobao, "wangjianguo88"), new(IdentityKind.Email, "wang.jianguo@163.com")],
            Preferences = [new(PreferenceKind.Like, "喜欢顺丰快递"), new(PreferenceKind.Need, "早上送货,下午家里没人")],
            Purchases = Regular("高钙牛奶", 69m, clock, 6, 30),
            ImportantDates = [new(ImportantDateKind.Birthday, 9, 18, 1968)],
        }, [new("王先生每月初买高钙牛奶,给父母订的。", "客服 小雨", 40)], 900);

        yield return new DemoCustomer(new CustomerInput
        {
            DisplayName = "张小雨", FamilyName = "张", Salutation = Salutation.Ms, Language = "zh-Hans",
            Type = CustomerType.InformationSeeking, LoyaltyStage = LoyaltyStage.FirstTime, Tags = ["会员"],
            Identities = [new(IdentityKind.Phone, "15900001111"), new(IdentityKind.WeChat, "xiaoyu_zhang")],
            WishItems = [new("羊绒围巾", clock.LastMarch(), "三月来问深灰色,当时缺货;到货请告诉她")],
            Purchases = [new("西湖龙井 250g", 320m, "CNY", clock.DaysAgo(200), "taobao")],
        }, [new("三月咨询过深灰色羊绒围巾,缺货未买。", "小美", 250)], 400);

        yield return new DemoCustomer(new CustomerInput
        {
            DisplayName = "刘芳", FamilyName = "刘", Salutation = Salutation.Ms, Language = "zh-Hans",
            Type = CustomerType.Purposeful, LoyaltyStage = LoyaltyStage.Repeat,
            Identities = [new(IdentityKind.Phone, "186-1234-5678"), new(IdentityKind.Taobao, "liufang_mama"), new(IdentityKind.Order, "TB20260312001")],
            Preferences = [new(PreferenceKind.Dislike, "不喜欢电话推销"), new(PreferenceKind.Need, "乳糖不耐受,选低乳糖牛奶")],
            Purchases = [new("有机纯牛奶 12盒", 89m, "CNY", clock.DaysAgo(75), "taobao"), new("酸奶 24杯", 79m, "CNY", clock.DaysAgo(20), "taobao")],
        }, [new("上次快递压坏了两盒牛奶,已道歉并补发,送了一张小卡片。客户说下次再看。", "店长 老周", 20)], 300);

        yield return new DemoCustomer(new CustomerInput
        {
            DisplayName = "赵敏", FamilyName = "赵", Salutation = Salutation.Ms, Language = "zh-Hans",
            Type = CustomerType.Loyal, LoyaltyStage = LoyaltyStage.Advocate, Tags = ["vip", "网红推荐"],
            Identities = [new(IdentityKind.Phone, "13912345678"), new(IdentityKind.Email, "zhaomin@qq.com"), new(IdentityKind.WeChat, "minmin_zhao")],
            Preferences = [new(PreferenceKind.Like, "喜欢深灰色"), new(PreferenceKind.Like, "喜欢手写贺卡")],
            ImportantDates = [clock.Upcoming(ImportantDateKind.Birthday, 2, 1990, "生日")],
            Purchases = [new("羊绒开衫", 899m, "CNY", clock.DaysAgo(300), "taobao"), new("羊绒围巾", 398m, "CNY", clock.DaysAgo(120), "taobao"),
                new("真丝连衣裙", 659m, "CNY", clock.DaysAgo(45), "taobao")],
        }, [new("推荐了三位朋友来店里。", "小美", 60)], 800);

        yield return new DemoCustomer(new CustomerInput
        {
            DisplayName = "孙秀英", FamilyName = "孙", Salutation = Salutation.Ms, Language = "zh-Hans",
            Type = CustomerType.Loyal, LoyaltyStage = LoyaltyStage.Client,
            Identities = [new(IdentityKind.Phone, "+8615800002222"), new(IdentityKind.WeChat, "sunxy1962")],
            Preferences = [new(PreferenceKind.Like, "喜欢绿茶")],
            Purchases = Regular("安溪铁观音", 158m, clock, 4, 45),
        }, [new("老人家,喜欢打电话下单,说话慢一点。", "客服 小雨", 90)], 700);

        yield return new DemoCustomer(new CustomerInput
        {
            DisplayName = "黃志明", FamilyName = "黃", Salutation = Salutation.Mr, Language = "zh-Hant",
            Type = CustomerType.Purposeful, LoyaltyStage = LoyaltyStage.Repeat,
            Identities = [new(IdentityKind.Phone, "+886 912 345 678"), new(IdentityKind.Email, "chiming.huang@gmail.com")],
            Preferences = [new(PreferenceKind.Need, "需要繁體發票")],
            Purchases = [new("云南普洱茶饼", 228m, "CNY", clock.DaysAgo(150), "taobao"), new("白茶 寿眉", 188m, "CNY", clock.DaysAgo(30), "taobao")],
        }, [new("台北客戶,寄送需要報關資料。", "阿杰", 30)], 200);
    }

    /// <summary>The same item bought <paramref name="times"/> times, every <paramref name="everyDays"/> days: a regular order.</summary>
    internal static List<PurchaseInput> Regular(string item, decimal price, DemoClock clock, int times, int everyDays) =>
        Enumerable.Range(0, times).Select(i => new PurchaseInput(item, price, "CNY", clock.DaysAgo(5 + (i * everyDays)), "taobao")).ToList();
}
