using System.Text;
using Exceed.Core.Email;

namespace Exceed.Core.Tests.Email;

public sealed class InboundEmailParserTests
{
    [Fact]
    public void Empty_bytes_still_give_an_email_with_a_warning_and_an_id()
    {
        var email = InboundEmailParser.Parse([]);

        Assert.NotEmpty(email.Warnings);
        Assert.EndsWith(InboundEmailParser.SyntheticIdDomain, email.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_date_is_a_warning_not_a_lost_mail()
    {
        var email = InboundEmailParser.Parse(Encoding.ASCII.GetBytes("From: a@customer.test\r\nDate: yesterday-ish\r\nMessage-ID: <d@customer.test>\r\n\r\nhi\r\n"));

        Assert.Null(email.Date);
        Assert.Contains(email.Warnings, w => w.Contains("yesterday-ish", StringComparison.Ordinal));
        Assert.Equal("hi", email.TextBody.Trim());
    }

    [Fact]
    public void Addresses_are_lower_cased_so_the_customer_is_recognised()
    {
        var email = InboundEmailParser.Parse(Encoding.ASCII.GetBytes("From: Chen <Chen.Li@Customer.TEST>\r\nMessage-ID: <x@customer.test>\r\n\r\nhi\r\n"));

        Assert.Equal(new EmailParty("chen.li@customer.test", "Chen"), email.From);
    }

    [Fact]
    public void Html_becomes_text_with_one_line_per_paragraph_and_item()
    {
        var text = MailHtml.ToText("<div>订单号：<b>1234</b></div><ul><li>羊绒围巾</li><li>高钙牛奶</li></ul>第一行<br>第二行");

        Assert.Equal("订单号：1234\n羊绒围巾\n高钙牛奶\n第一行\n第二行", text);
    }
}
