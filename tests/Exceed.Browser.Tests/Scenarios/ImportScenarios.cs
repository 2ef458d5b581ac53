using Exceed.Browser.Tests.Infrastructure;
using Exceed.Browser.Tests.Pages;

namespace Exceed.Browser.Tests.Scenarios;

/// <summary>The shop brings the spreadsheet it already keeps.</summary>
public sealed class ImportScenarios(ExceedServer server, Chromium chromium) : BrowserScenario(server, chromium)
{
    private const string Sheet = """
        姓名,电话,微信,备注,想买
        周杰,138 0013 9001,zhoujie88,老客户,羊绒围巾
        吴敏,138 0013 9002,,喜欢绿茶,
        郑凯,138 0013,,电话少了几位,
        孙丽,+86 138-0013-9004,sunli_w,,真丝睡衣
        """;

    [Fact]
    public async Task Agent_sees_the_line_number_of_the_bad_row_and_imports_the_good_ones()
    {
        await Login.SignInAsync(ExceedServer.AdminEmail, ExceedServer.AdminPassword);
        var import = new ImportPage(Page);
        await import.OpenAsync();

        await import.UploadAsync("客户表.csv", Sheet);
        await import.CheckEveryRowAsync();

        await Assertions.Expect(import.RowErrors).ToHaveCountAsync(1);
        await Assertions.Expect(import.RowErrors.First).ToContainTextAsync("4");
        await Assertions.Expect(import.RowErrors.First).ToContainTextAsync("138 0013");

        await import.ImportGoodRowsOnlyAsync();
        await Assertions.Expect(import.Report.Locator("h2")).ToContainTextAsync("3");
        var found = await Api.GetStringAsync("/api/v1/customers?q=" + Uri.EscapeDataString("138 0013 9004"), TestContext.Current.CancellationToken);
        Assert.Contains("孙丽", found, StringComparison.Ordinal);
        var refused = await Api.GetStringAsync("/api/v1/customers?q=" + Uri.EscapeDataString("郑凯"), TestContext.Current.CancellationToken);
        Assert.DoesNotContain("郑凯", refused, StringComparison.Ordinal);
    }
}
