using System.Security.Cryptography;
using Exceed.Core.Email;

namespace Exceed.Core.Tests.Email;

/// <summary>What customers put in a mail survives the trip through the real servers, and nothing in it can run.</summary>
public sealed class MailContentTests
{
    private readonly MailboxSettings shop = TestMailServers.NewMailbox("service");

    [Fact]
    public async Task Html_mail_comes_back_without_script_or_event_handlers_and_as_readable_text()
    {
        await new CustomerMail(shop)
            .HtmlOnly("<html><head><style>p{color:red}</style></head><body><p>您好 <b>店家</b></p>"
                + "<script>alert('xss')</script><img src=\"x\" onerror=\"alert('xss')\"><p>Order <a href=\"javascript:alert(1)\">#1234</a></p></body></html>")
            .SendAsync();

        var email = Assert.Single((await TestMailServers.WaitForMailAsync(shop)).Emails);

        Assert.NotNull(email.SafeHtml);
        Assert.DoesNotContain("<script", email.SafeHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", email.SafeHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", email.SafeHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<b>店家</b>", email.SafeHtml, StringComparison.Ordinal);
        Assert.Equal("您好 店家\nOrder #1234", email.TextBody);
    }

    [Fact]
    public async Task An_attachment_arrives_with_its_name_type_size_and_exact_bytes()
    {
        var invoice = RandomNumberGenerator.GetBytes(150_000);
        await new CustomerMail(shop).Attach("发票 2026-11.pdf", invoice, "application/pdf").SendAsync();

        var email = Assert.Single((await TestMailServers.WaitForMailAsync(shop)).Emails);

        var file = Assert.Single(email.Attachments);
        Assert.Equal("发票 2026-11.pdf", file.FileName);
        Assert.Equal("application/pdf", file.ContentType);
        Assert.Equal(150_000, file.Size);
        Assert.Equal(invoice, file.Content);
        Assert.Equal("您好，我的订单还没到。", email.TextBody.Trim());
    }
}
