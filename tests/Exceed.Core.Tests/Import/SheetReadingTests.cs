using System.Text;
using Exceed.Core.Import;

namespace Exceed.Core.Tests.Import;

public class SheetReadingTests
{
    private static Task<Core.Common.Outcome<SheetTable>> Read(byte[] bytes, string fileName) =>
        SheetReader.ReadAsync(new MemoryStream(bytes), fileName);

    [Fact]
    public async Task A_CSV_saved_by_Chinese_Excel_in_GB18030_reads_as_Chinese()
    {
        var bytes = Sheets.Csv("姓名,电话\n王建国,13800138000\n", TextEncodingDetector.GB18030);
        var table = (await Read(bytes, "客户.csv")).Value!;
        Assert.Equal(["姓名", "电话"], table.Headers);
        Assert.Equal("王建国", table.Rows[0].Cells[0]);
    }

    [Fact]
    public async Task A_UTF8_CSV_with_a_byte_order_mark_has_a_clean_first_header()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Sheets.Csv("姓名,电话\n王建国,13800138000\n")).ToArray();
        Assert.Equal("姓名", (await Read(bytes, "customers.csv")).Value!.Headers[0]);
    }

    [Theory]
    [InlineData("姓名;电话;备注\n王建国;13800138000;a,b\n")]
    [InlineData("姓名\t电话\t备注\n王建国\t13800138000\ta,b\n")]
    public async Task Semicolon_and_tab_separated_files_are_detected(string csv) =>
        Assert.Equal(["王建国", "13800138000", "a,b"], (await Read(Sheets.Csv(csv), "customers.txt")).Value!.Rows[0].Cells);

    [Fact]
    public void Lines_are_counted_as_Excel_shows_them_across_multi_line_cells_and_blank_rows()
    {
        var table = Sheets.Table("姓名,备注\n王建国,\"第一行\n第二行\"\n\n,\n李秀英,\n");
        Assert.Equal([2, 6], table.Rows.Select(r => r.Line));
    }

    [Fact]
    public async Task An_xlsx_worksheet_reads_with_phones_stored_as_numbers_and_real_dates()
    {
        var bytes = Sheets.Xlsx(["姓名", "手机", "生日"], ["王建国", 13800138000d, new DateTime(1975, 8, 16)], [], ["李秀英", "139 1234 5678", ""]);
        var table = (await Read(bytes, "客户.xlsx")).Value!;
        Assert.Equal(["王建国", "13800138000", "1975-08-16"], table.Rows[0].Cells);
        Assert.Equal([2, 4], table.Rows.Select(r => r.Line));
    }

    [Fact]
    public async Task A_corrupt_xlsx_is_refused_with_a_reason_not_an_exception()
    {
        var outcome = await Read(Encoding.UTF8.GetBytes("this is not a workbook"), "customers.xlsx");
        Assert.Contains("could not be opened as an Excel workbook", outcome.Problem!.Detail);
    }

    [Theory]
    [InlineData("customers.pdf", "import a .csv, .txt or .xlsx file")]
    [InlineData("customers.xls", "Save As")]
    public async Task Files_we_cannot_read_are_refused_by_their_extension(string fileName, string advice) =>
        Assert.Contains(advice, (await Read([1, 2, 3], fileName)).Problem!.Detail);

    [Fact]
    public async Task A_file_over_20_MB_is_refused() =>
        Assert.Equal(413, (await Read(new byte[ImportLimits.MaxBytes + 1], "big.csv")).Problem!.Status);

    [Fact]
    public async Task A_file_over_100000_rows_is_refused_with_advice_to_split_it()
    {
        var csv = "姓名\n" + string.Concat(Enumerable.Repeat("王\n", ImportLimits.MaxRows + 1));
        Assert.Contains("split it into smaller files", (await Read(Sheets.Csv(csv), "big.csv")).Problem!.Detail);
    }
}
