using System.Text.RegularExpressions;
using Exceed.Core.Customers;

namespace Exceed.Core.Import;

/// <summary>Reads the words shops use for how to address someone and what kind of customer they are.</summary>
public static partial class ProfileCells
{
    public static Salutation? ReadSalutation(string text) => HeaderSynonyms.Fold(text) switch
    {
        "先生" or "男" or "男士" or "mr" or "male" or "m" or "sir" => Salutation.Mr,
        "女士" or "小姐" or "女" or "太太" or "夫人" or "ms" or "mrs" or "miss" or "female" or "f" => Salutation.Ms,
        _ => null,
    };

    public static CustomerType? ReadType(string text) => HeaderSynonyms.Fold(text).TrimEnd('型') switch
    {
        "忠诚" or "忠誠" or "loyal" => CustomerType.Loyal,
        "目的" or "purposeful" => CustomerType.Purposeful,
        "偶然" or "occasional" => CustomerType.Occasional,
        "信息" or "資訊" or "訊息" or "informationseeking" or "information" => CustomerType.InformationSeeking,
        _ => null,
    };

    /// <summary>"王先生" written as the name still tells us the family name and how to greet.</summary>
    public static (string FamilyName, Salutation Salutation)? ReadAddressedName(string name)
    {
        var match = AddressedName().Match(name.Trim());
        return match.Success
            ? (match.Groups["family"].Value, ReadSalutation(match.Groups["title"].Value) ?? Salutation.None)
            : null;
    }

    [GeneratedRegex(@"^(?<family>\p{IsCJKUnifiedIdeographs}{1,2})(?<title>先生|女士|小姐|太太)$")]
    private static partial Regex AddressedName();
}
