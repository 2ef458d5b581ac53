using Exceed.Core.Import;

namespace Exceed.Core.Tests.Import;

public class HeaderMappingTests
{
    [Theory]
    [InlineData("姓名", ImportField.Name)]
    [InlineData("客户名", ImportField.Name)]
    [InlineData("手机号码", ImportField.Phone)]
    [InlineData("联系电话", ImportField.Phone)]
    [InlineData("微信号", ImportField.WeChat)]
    [InlineData("旺旺", ImportField.Taobao)]
    [InlineData("购买记录", ImportField.Purchases)]
    [InlineData("想买", ImportField.Wishes)]
    [InlineData("备注", ImportField.Notes)]
    [InlineData("过敏", ImportField.Needs)]
    [InlineData("客户类型", ImportField.Type)]
    public void Simplified_Chinese_headers_are_understood(string header, ImportField field) =>
        Assert.Equal(field, HeaderSynonyms.Match(header));

    [Theory]
    [InlineData("電話", ImportField.Phone)]
    [InlineData("手機", ImportField.Phone)]
    [InlineData("郵箱", ImportField.Email)]
    [InlineData("訂單號", ImportField.Order)]
    [InlineData("備註", ImportField.Notes)]
    [InlineData("購買記錄", ImportField.Purchases)]
    [InlineData("願望清單", ImportField.Wishes)]
    public void Traditional_Chinese_headers_are_understood(string header, ImportField field) =>
        Assert.Equal(field, HeaderSynonyms.Match(header));

    [Theory]
    [InlineData("Full Name", ImportField.Name)]
    [InlineData("  MOBILE ", ImportField.Phone)]
    [InlineData("E-mail", ImportField.Email)]
    [InlineData("Ｅｍａｉｌ", ImportField.Email)]
    [InlineData("Order No.", ImportField.Order)]
    [InlineData("Wish list", ImportField.Wishes)]
    [InlineData("Last Name", ImportField.FamilyName)]
    public void English_headers_match_whatever_their_case_width_or_spacing(string header, ImportField field) =>
        Assert.Equal(field, HeaderSynonyms.Match(header));

    [Fact]
    public void A_note_in_brackets_after_the_header_does_not_hide_it() =>
        Assert.Equal(ImportField.Phone, HeaderSynonyms.Match("手机（必填）"));

    [Fact]
    public void Unknown_columns_are_listed_as_ignored()
    {
        var mapping = ColumnMapping.Propose(["姓名", "会员等级", "手机"]);
        Assert.Equal(["会员等级"], mapping.IgnoredHeaders);
    }

    [Fact]
    public void The_person_importing_can_correct_the_proposed_mapping()
    {
        var mapping = ColumnMapping.WithOverrides(["姓名", "会员等级", "手机"], new Dictionary<int, ImportField?> { [1] = ImportField.Tags, [2] = null });
        Assert.Equal([ImportField.Name, ImportField.Tags, null], mapping.Fields.OrderBy(f => f.Key).Select(f => f.Value));
    }
}
