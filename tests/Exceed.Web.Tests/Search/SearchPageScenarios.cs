using System.Text.Encodings.Web;
using Exceed.Web.Tests.Infrastructure;

namespace Exceed.Web.Tests.Search;

/// <summary>The console's Search page: matches marked, customer text never turned into markup.</summary>
public abstract class SearchPageScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    [Fact]
    public async Task The_page_marks_the_match_and_shows_customer_text_as_text()
    {
        var id = await CreateAsync(CustomerBuilder.Named("陈丽").Phone("139 0000 1111").Note("<script>alert(1)</script> 訂單還沒到"));
        var (browser, _) = await App.AsStaffAsync(ExceedFactory.AdminEmail, ExceedFactory.AdminPassword);

        var page = await browser.GetStringAsync("/search?q=" + Uri.EscapeDataString("订单"), Ct);

        Assert.Contains($"<mark>{HtmlEncoder.Default.Encode("訂單")}</mark>", page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
        Assert.DoesNotContain("<script>alert(1)", page);
        Assert.Contains($"href=\"/customers/{id}\"", page);
    }
}

public sealed class SearchPageOnSqlite(SqliteExceed app) : SearchPageScenarios<SqliteExceed>(app);
