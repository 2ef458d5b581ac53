using System.Net.Http.Headers;
using System.Text;
using Exceed.Web.Tests.Infrastructure;

namespace Exceed.Web.Tests.Import;

/// <summary>The shop's own spreadsheet through the API: every bad row named by its line, all or nothing unless asked otherwise.</summary>
public abstract class ImportScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    private const string Sheet = "姓名,手机,备注\n周杰,138 0013 9001,老客户\n郑凯,138 0013,号码少了几位\n孙丽,+86 138-0013-9004,\n";

    private Task<HttpResponseMessage> PostAsync(string path, string? mode = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Sheet));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "客户.csv");
        if (mode is not null)
        {
            form.Add(new StringContent(mode), "mode");
        }
        return Api.PostAsync(path, form, Ct);
    }

    [Fact]
    public async Task Dry_run_names_the_bad_row_by_its_line_and_writes_nothing()
    {
        var report = await (await PostAsync("/api/v1/import/dry-run")).JsonAsync();

        var error = Assert.Single(report.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Equal(0, await CustomerCountAsync());
    }

    [Fact]
    public async Task All_or_nothing_import_with_a_bad_row_writes_nothing()
    {
        var response = await PostAsync("/api/v1/import", "AllOrNothing");

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(3, problem.GetProperty("errors")[0].GetProperty("line").GetInt32());
        Assert.Equal(0, await CustomerCountAsync());
    }

    [Fact]
    public async Task Good_rows_only_imports_the_good_rows_and_they_are_recognised()
    {
        var response = await PostAsync("/api/v1/import", "GoodRowsOnly");

        response.EnsureSuccessStatusCode();
        Assert.Equal(2, await CustomerCountAsync());
        Assert.Equal("孙丽", (await Api.CardAsync("phone", "13800139004")).GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task A_phone_that_already_belongs_to_a_customer_is_reported_not_duplicated()
    {
        await CreateAsync(CustomerBuilder.Named("周杰伦").Phone("13800139001"));

        var report = await (await PostAsync("/api/v1/import/dry-run")).JsonAsync();

        Assert.Contains(report.GetProperty("errors").EnumerateArray(), e => e.GetProperty("line").GetInt32() == 2);
    }
}

public sealed class ImportOnSqlite(SqliteExceed app) : ImportScenarios<SqliteExceed>(app);
public sealed class ImportOnPostgres(PostgresExceed app) : ImportScenarios<PostgresExceed>(app);
