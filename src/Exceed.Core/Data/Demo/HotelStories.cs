using Exceed.Core.Customers;

namespace Exceed.Core.Data.Demo;

/// <summary>Hand-written hotel guests for the acceptance scenarios; listed in docs/demo-data.md.</summary>
internal static class HotelStories
{
    public static IEnumerable<DemoCustomer> All(DemoClock clock)
    {
        yield return new DemoCustomer(new CustomerInput
        {
            DisplayName = "Chen Li", FamilyName = "Chen", Salutation = Salutation.Ms, Language = "en",
            Type = CustomerType.Loyal, LoyaltyStage = LoyaltyStage.Client, Tags = ["vip", "hotel"],
            Identities = [new(IdentityKind.Phone, "+86 139 1088 6600"), new(IdentityKind.Email, "chen.li@example.com")],
            Preferences = [new(PreferenceKind.Need, "Hypoallergenic bedding"), new(PreferenceKind.Need, "A cup of coffee at 7 am"),
                new(PreferenceKind.Dislike, "Rooms next to the lift")],
            ImportantDates = [clock.Upcoming(ImportantDateKind.Anniversary, 3, 2015, "Wedding anniversary")],
            Purchases = [new("Deluxe king room, 1 night", 880m, "CNY", clock.DaysAgo(180), "hotel"),
                new("Deluxe king room, 1 night", 880m, "CNY", clock.DaysAgo(90), "hotel"), new("Afternoon tea for two", 298m, "CNY", clock.DaysAgo(90), "hotel")],
        }, [new("Allergic to feathers: room was prepared with hypoallergenic bedding last stay, she noticed and thanked us.", "Front desk Tom", 90)], 600);

        yield return new DemoCustomer(new CustomerInput
        {
            DisplayName = "林美玲", FamilyName = "林", Salutation = Salutation.Ms, Language = "zh-Hant",
            Type = CustomerType.Loyal, LoyaltyStage = LoyaltyStage.Repeat, Tags = ["hotel", "香港"],
            Identities = [new(IdentityKind.Phone, "+852 9123 4567"), new(IdentityKind.Email, "meiling.lam@outlook.com")],
            Preferences = [new(PreferenceKind.Need, "高樓層安靜房間"), new(PreferenceKind.Like, "喜歡凍檸茶")],
            ImportantDates = [clock.Upcoming(ImportantDateKind.Birthday, 5, 1985, "生日")],
            Purchases = [new("行政套房 1晚", 1680m, "HKD", clock.DaysAgo(210), "hotel")],
        }, [new("香港客人,每次出差都住高樓層。", "前台 Lily", 210)], 500);

        yield return new DemoCustomer(new CustomerInput
        {
            DisplayName = "David Thompson", FamilyName = "Thompson", Salutation = Salutation.Mr, Language = "en",
            Type = CustomerType.Purposeful, LoyaltyStage = LoyaltyStage.Repeat, Tags = ["hotel", "企业客户"],
            Identities = [new(IdentityKind.Phone, "+86 135 0123 4567"), new(IdentityKind.Email, "david.thompson@example.com")],
            Preferences = [new(PreferenceKind.Need, "早上一杯咖啡"), new(PreferenceKind.Need, "高楼层安静房间"), new(PreferenceKind.Need, "Invoice with company name")],
            WishItems = [new("Executive suite upgrade", clock.DaysAgo(60), "Asked about it at check-out; suite was full")],
            Purchases = [new("Deluxe king room, 1 night", 880m, "CNY", clock.DaysAgo(60), "hotel")],
        }, [new("Business traveller, checks in late; keep the room quiet.", "Front desk Tom", 60)], 365);

        yield return new DemoCustomer(new CustomerInput
        {
            DisplayName = "周杰", FamilyName = "周", Salutation = Salutation.Mr, Language = "zh-Hans",
            Type = CustomerType.Occasional, LoyaltyStage = LoyaltyStage.FirstTime,
            Identities = [new(IdentityKind.Phone, "188 8888 0001"), new(IdentityKind.Order, "H20261101-0042")],
            Preferences = [new(PreferenceKind.Dislike, "不喜欢靠电梯的房间")],
            Purchases = [new("双床房 1晚", 720m, "CNY", clock.DaysAgo(25), "hotel")],
        }, [new("上次入住空调噪音大,已换房并赠送早餐,离店时表示满意。", "前台 Lily", 25)], 25);
    }
}
