using System.Text;

namespace Exceed.Core.Import;

/// <summary>The column names shops actually use, in Simplified, Traditional and English.</summary>
public static class HeaderSynonyms
{
    private static readonly Dictionary<ImportField, string[]> Names = new()
    {
        [ImportField.Name] = ["姓名", "名字", "客户", "客户名", "客户姓名", "顾客", "称呼", "客戶", "客戶名", "客戶姓名", "顧客", "稱呼", "name", "customer", "full name", "customer name"],
        [ImportField.FamilyName] = ["姓", "姓氏", "surname", "family name", "last name"],
        [ImportField.Salutation] = ["称谓", "性别", "稱謂", "性別", "salutation", "title", "gender", "sex"],
        [ImportField.Phone] = ["电话", "手机", "手机号", "手机号码", "联系电话", "电话号码", "電話", "手機", "手機號", "手機號碼", "聯繫電話", "聯絡電話", "電話號碼", "phone", "mobile", "tel", "telephone", "phone number", "mobile phone", "cell"],
        [ImportField.Email] = ["邮箱", "电子邮件", "电子邮箱", "郵箱", "電子郵件", "電郵", "email", "e-mail", "mail"],
        [ImportField.WeChat] = ["微信", "微信号", "微信號", "wechat", "wechat id", "weixin"],
        [ImportField.Taobao] = ["淘宝", "淘宝号", "旺旺", "淘寶", "淘寶號", "taobao", "taobao id", "wangwang"],
        [ImportField.Handle] = ["昵称", "账号", "暱稱", "帳號", "賬號", "handle", "im", "nickname", "account"],
        [ImportField.Order] = ["订单号", "订单", "訂單號", "訂單", "order", "order no", "order number", "order id"],
        [ImportField.Notes] = ["备注", "說明", "说明", "備註", "备注信息", "notes", "note", "remark", "remarks", "comment", "comments"],
        [ImportField.Purchases] = ["购买记录", "購買記錄", "买过", "買過", "已购", "已購", "purchases", "bought", "purchase history"],
        [ImportField.Wishes] = ["想买", "想要", "心愿单", "願望清單", "想買", "心願單", "愿望清单", "wish list", "wishlist", "wants", "wishes"],
        [ImportField.Likes] = ["喜好", "偏好", "喜欢", "喜歡", "likes", "preferences"],
        [ImportField.Dislikes] = ["忌讳", "不喜欢", "忌諱", "不喜歡", "dislikes"],
        [ImportField.Needs] = ["过敏", "需求", "特殊需求", "過敏", "allergies", "needs", "special needs"],
        [ImportField.Birthday] = ["生日", "出生日期", "birthday", "date of birth", "birth date", "dob"],
        [ImportField.Anniversary] = ["纪念日", "紀念日", "anniversary"],
        [ImportField.Tags] = ["标签", "标记", "標籤", "標記", "tags", "tag", "labels"],
        [ImportField.Language] = ["语言", "語言", "language", "lang"],
        [ImportField.Type] = ["客户类型", "客戶類型", "类型", "類型", "type", "customer type"],
    };

    private static readonly Dictionary<string, ImportField> ByFoldedName = Names
        .SelectMany(entry => entry.Value.Select(name => (Folded: Fold(name), Field: entry.Key)))
        .DistinctBy(x => x.Folded)
        .ToDictionary(x => x.Folded, x => x.Field);

    /// <summary>The field a column name means, or null when we do not know it.</summary>
    public static ImportField? Match(string header)
    {
        if (ByFoldedName.TryGetValue(Fold(header), out var field))
        {
            return field;
        }
        // "手机(必填)" or "Phone (mobile)": the words in brackets only qualify the name.
        var bracket = header.IndexOfAny(['(', '（', '[', '【']);
        return bracket > 0 && ByFoldedName.TryGetValue(Fold(header[..bracket]), out field) ? field : null;
    }

    /// <summary>Ignores case, full/half width, spaces and punctuation: "Ｅ-Mail *" is "email".</summary>
    public static string Fold(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var c in header.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }
}
