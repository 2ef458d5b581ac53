using Exceed.Core.Customers;

namespace Exceed.Core.Import;

/// <summary>What a spreadsheet column can tell us about a customer.</summary>
public enum ImportField
{
    Name, FamilyName, Salutation, Phone, Email, WeChat, Taobao, Handle, Order,
    Notes, Purchases, Wishes, Likes, Dislikes, Needs, Birthday, Anniversary, Tags, Language, Type,
}

public static class ImportFieldNames
{
    /// <summary>The field as a shop owner would name it in a sentence: "phone +86… is also on line 4".</summary>
    public static string Label(this ImportField field) => field switch
    {
        ImportField.FamilyName => "family name",
        ImportField.WeChat => "WeChat id",
        ImportField.Taobao => "Taobao id",
        ImportField.Order => "order number",
        ImportField.Notes => "note",
        ImportField.Purchases => "purchase",
        ImportField.Wishes => "wished item",
        ImportField.Likes => "like",
        ImportField.Dislikes => "dislike",
        ImportField.Needs => "need",
        ImportField.Tags => "tag",
        ImportField.Type => "customer type",
        _ => field.ToString().ToLowerInvariant(),
    };

    public static IdentityKind? IdentityKind(this ImportField field) => field switch
    {
        ImportField.Phone => Customers.IdentityKind.Phone,
        ImportField.Email => Customers.IdentityKind.Email,
        ImportField.WeChat => Customers.IdentityKind.WeChat,
        ImportField.Taobao => Customers.IdentityKind.Taobao,
        ImportField.Handle => Customers.IdentityKind.Handle,
        ImportField.Order => Customers.IdentityKind.Order,
        _ => null,
    };

    public static readonly ImportField[] Identities =
        [ImportField.Phone, ImportField.Email, ImportField.WeChat, ImportField.Taobao, ImportField.Handle, ImportField.Order];
}
