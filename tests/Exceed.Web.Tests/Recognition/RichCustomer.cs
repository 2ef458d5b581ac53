using Exceed.Core.Calls;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Exceed.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Web.Tests.Recognition;

/// <summary>
/// A customer with every part a card shows, written straight to the database so every column can be set: more purchases,
/// notes and calls than the card takes, fulfilled and open wishes, Chinese and HTML-looking text, empty optional fields.
/// Two older records were merged into it one after the other; the oldest still holds a WeChat id, as an import can leave it.
/// </summary>
public sealed record RichCustomer(Guid Id, Guid MergedAway, Guid MergedBetween)
{
    public const string LeftBehindWeChat = "wjg_old_wx";

    /// <summary>Microseconds, so the stored times keep a fraction on every provider.</summary>
    private static readonly DateTimeOffset Base = ExceedFactory.Monday0930Shanghai.AddMicroseconds(-123_457);

    public static DateTimeOffset At(int daysAgo, int minutes = 0) => Base.AddDays(-daysAgo).AddMinutes(minutes);

    public static readonly (string Item, decimal Amount, string Currency, string? Channel)[] Bought =
    [
        ("龙井茶", 128.00m, "CNY", "taobao"), ("Earl Grey <b>tin</b>", 12.5m, "USD", null), ("茶具套装", 1_234_567.89m, "CNY", "store"),
        ("杯垫", 0.01m, "HKD", "wechat"), ("抹茶", 3_000m, "JPY", null),
    ];

    public static async Task<RichCustomer> SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ExceedDb>();
        var kept = new Customer
        {
            DisplayName = "王建国 <b>VIP</b>",
            FamilyName = "王",
            Salutation = Salutation.Mr,
            Language = "zh-Hans",
            Type = CustomerType.Loyal,
            LoyaltyStage = LoyaltyStage.Client,
            Tags = "vip,茶叶,<script>",
            CreatedAt = At(400),
            UpdatedAt = At(1, 17),
        };
        var between = Merged("王建国 (email)", kept.Id, At(300));
        var away = Merged("老王", between.Id, At(350));
        away.FamilyName = null;
        db.Customers.AddRange(kept, between, away);

        db.Identities.AddRange(
            new CustomerIdentity { CustomerId = kept.Id, Kind = IdentityKind.Phone, Value = "+8613800138000", Display = "138 0013 8000" },
            new CustomerIdentity { CustomerId = kept.Id, Kind = IdentityKind.Email, Value = "wang.jg@example.com", Display = null },
            new CustomerIdentity { CustomerId = kept.Id, Kind = IdentityKind.Taobao, Value = "王建国的小店", Display = "王建国的小店 <i>旗舰</i>" },
            new CustomerIdentity { CustomerId = kept.Id, Kind = IdentityKind.Order, Value = "TB-2026-0001", Display = "tb-2026-0001" },
            new CustomerIdentity { CustomerId = away.Id, Kind = IdentityKind.WeChat, Value = LeftBehindWeChat, Display = null });
        db.Preferences.AddRange(
            new Preference { CustomerId = kept.Id, Kind = PreferenceKind.Like, Text = "明前龙井，\"特级\"" },
            new Preference { CustomerId = kept.Id, Kind = PreferenceKind.Dislike, Text = "<script>alert('香菜')</script>" },
            new Preference { CustomerId = kept.Id, Kind = PreferenceKind.Need, Text = "无烟房 & 高楼层\n靠窗" },
            new Preference { CustomerId = between.Id, Kind = PreferenceKind.Like, Text = "不属于这张卡" });
        db.ImportantDates.AddRange(
            new ImportantDate { CustomerId = kept.Id, Kind = ImportantDateKind.Birthday, Month = 5, Day = 12, Year = 1980, Label = null },
            new ImportantDate { CustomerId = kept.Id, Kind = ImportantDateKind.Anniversary, Month = 10, Day = 1, Year = null, Label = "结婚纪念日 <u>十周年</u>" },
            new ImportantDate { CustomerId = kept.Id, Kind = ImportantDateKind.Other, Month = 2, Day = 29, Year = null, Label = null });
        for (var i = 0; i < 25; i++)
        {
            var (item, amount, currency, channel) = Bought[i % Bought.Length];
            db.Purchases.Add(new Purchase { CustomerId = kept.Id, Item = $"{item} #{i}", Amount = amount + i, Currency = currency, PurchasedAt = At(i * 3, i), Channel = channel });
        }
        db.Purchases.Add(new Purchase { CustomerId = away.Id, Item = "不属于这张卡", Amount = 1m, PurchasedAt = At(0, 30) });
        db.WishItems.AddRange(
            new WishItem { CustomerId = kept.Id, Item = "羊绒围巾", WishedAt = At(5), Note = "要<red>红色</red>的" },
            new WishItem { CustomerId = kept.Id, Item = "Limited tea box 🍵", WishedAt = At(2), Note = null },
            new WishItem { CustomerId = kept.Id, Item = "已经买到的茶壶", WishedAt = At(40), Note = "fulfilled", FulfilledAt = At(20) },
            new WishItem { CustomerId = kept.Id, Item = "旧愿望", WishedAt = At(60), FulfilledAt = At(50, 3) });
        for (var i = 0; i < 7; i++)
        {
            db.Notes.Add(new CustomerNote { CustomerId = kept.Id, Text = NoteText(i), Author = i % 2 == 0 ? "李娜" : "api:crm", CreatedAt = At(i * 2, 5) });
        }
        for (var i = 0; i < 7; i++)
        {
            db.Calls.Add(new Call { ExternalCallId = $"rich-{i}", Caller = "+8613800138000", Called = i % 3 == 0 ? null : "+862168888888", CustomerId = kept.Id, ReceivedAt = At(i, 45) });
        }
        db.Calls.Add(new Call { ExternalCallId = "someone-else", Caller = "+8613900000000", CustomerId = away.Id, ReceivedAt = At(0, 50) });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return new RichCustomer(kept.Id, away.Id, between.Id);
    }

    public static string NoteText(int i) => i switch
    {
        0 => "退房时要发票，抬头：上海某某有限公司",
        1 => "<a href=\"https://example.com/?a=1&b=2\">order link</a>",
        2 => "Tab\there, back\\slash, quote \" and emoji 😀",
        _ => $"第 {i} 条备注",
    };

    private static Customer Merged(string name, Guid into, DateTimeOffset at) => new()
    {
        DisplayName = name,
        FamilyName = "王",
        Salutation = Salutation.Mr,
        CreatedAt = at,
        UpdatedAt = at.AddDays(1),
        MergedIntoId = into,
    };
}
