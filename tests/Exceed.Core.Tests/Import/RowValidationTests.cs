using Exceed.Core.Customers;
using Exceed.Core.Import;
using Exceed.Core.Recognition;

namespace Exceed.Core.Tests.Import;

public class RowValidationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
    private static readonly BusinessSettings Business = new();
    private readonly ImportPlanner planner = new(new CustomerFactory(new IdentityNormalizer(Business)), Business);

    private ImportPlan Plan(string csv, Dictionary<IdentityKey, string>? owners = null)
    {
        var table = Sheets.Table(csv);
        return planner.Plan(table, ColumnMapping.Propose(table.Headers), Now, "test", owners ?? []);
    }

    [Fact]
    public void A_bad_phone_is_reported_on_its_line_with_what_was_typed()
    {
        var error = Assert.Single(Plan("姓名,电话\n王建国,13800138000\n李秀英,138 0013\n").Errors);
        Assert.Equal((3, "电话"), (error.Line, error.Column));
        Assert.StartsWith("line 3: phone '138 0013' is not a valid phone number", error.ToString());
    }

    [Fact]
    public void A_row_without_a_name_is_reported_as_missing_its_name() =>
        Assert.Equal("line 3: name is missing", Assert.Single(Plan("姓名,电话\n王建国,13800138000\n,13912345678\n").Errors).ToString());

    [Fact]
    public void The_same_phone_twice_in_the_file_is_reported_on_the_second_line() =>
        Assert.Equal("line 4: phone +8613800138000 is also on line 2 (same person twice in this file)",
            Assert.Single(Plan("姓名,电话\n王建国,13800138000\n李秀英,13912345678\n王建国,+86 138-0013-8000\n").Errors).ToString());

    [Fact]
    public void A_phone_we_already_know_names_its_owner()
    {
        var owners = new Dictionary<IdentityKey, string> { [new(IdentityKind.Phone, "+8613800138000")] = "王建国" };
        Assert.Equal("line 2: phone +8613800138000 already belongs to 王建国 — merge by hand or remove the row",
            Assert.Single(Plan("姓名,手机\n王先生,138 0013 8000\n", owners).Errors).ToString());
    }

    [Fact]
    public void An_ambiguous_birthday_is_reported_rather_than_guessed() =>
        Assert.Contains("could be May or December", Assert.Single(Plan("姓名,生日\n王建国,12/05\n").Errors).Reason);

    [Fact]
    public void A_good_row_becomes_a_customer_with_everything_the_shop_wrote()
    {
        var customer = Assert.Single(Plan("姓名,手机,性别,购买记录,想买,过敏,备注,客户类型\n"
            + "王建国,138 0013 8000；139 1234 5678,先生,羊绒围巾 899元 2025-03-02,羊绒手套(2025-03),羽绒,老客户,忠诚\n").Customers).Customer;
        Assert.Equal((2, Salutation.Mr, 1, 1, 1, 1, CustomerType.Loyal),
            (customer.Identities.Count, customer.Salutation, customer.Purchases.Count, customer.WishItems.Count, customer.Preferences.Count, customer.Notes.Count, customer.Type));
    }

    [Fact]
    public void A_name_written_as_Wang_xiansheng_gives_the_family_name_for_greetings()
    {
        var customer = Assert.Single(Plan("姓名,手机\n王先生,138 0013 8000\n").Customers).Customer;
        Assert.Equal(("王", Salutation.Mr), (customer.FamilyName, customer.Salutation));
    }

    [Fact]
    public void The_sample_shop_spreadsheet_has_one_bad_phone_and_nine_good_rows()
    {
        var bytes = File.ReadAllBytes(Sheets.SamplePath("customers-zh.csv"));
        var table = CsvSheetReader.Read(bytes, "customers-zh.csv").Value!;
        var plan = planner.Plan(table, ColumnMapping.Propose(table.Headers), Now, "test", new Dictionary<IdentityKey, string>());
        var error = Assert.Single(plan.Errors);
        Assert.Equal((9, 8, "手机"), (plan.GoodRowCount, error.Line, error.Column));
    }
}
