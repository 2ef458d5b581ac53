using System.Text;
using Exceed.Core.Email;
using Exceed.Core.Tests.Email;
using Exceed.Web.Tests.Conversations;
using Exceed.Web.Tests.Infrastructure;

namespace Exceed.Web.Tests.Mailboxes;

/// <summary>Whatever a customer's mail holds (files, hostile HTML, broken bytes, too much) it is kept, safe to show, and never lost silently.</summary>
public abstract class MailContentScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    private readonly MailboxSettings shop = TestMailServers.NewMailbox("service");

    [Fact]
    public async Task Attachment_is_kept_and_downloads_as_sent()
    {
        var photo = Encoding.UTF8.GetBytes("破损的包裹照片 broken parcel photo");

        var entry = await ReceivedAsync(new CustomerMail(shop).Text("包裹坏了，见照片。").Attach("包裹.jpg", photo, "image/jpeg"));

        var file = Assert.Single(entry.GetProperty("attachments").EnumerateArray());
        Assert.Equal("包裹.jpg", file.Text("fileName"));
        Assert.Equal(photo, await Api.GetByteArrayAsync(file.Text("url"), Ct));
    }

    [Fact]
    public async Task Html_mail_with_script_and_event_handlers_is_stored_sanitised()
    {
        var entry = await ReceivedAsync(new CustomerMail(shop).HtmlOnly(
            "<p>订单 <b>1234</b> 还没到</p><script>alert('xss')</script><img src=\"x\" onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">点我</a>"));

        var html = entry.Text("safeHtml");
        Assert.Contains("<b>1234</b>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("订单 1234 还没到", entry.Text("text"));
        Assert.DoesNotContain("alert", entry.Text("text"));
    }

    [Fact]
    public async Task Malformed_mail_is_stored_raw_with_a_warning()
    {
        var raw = Encoding.UTF8.GetBytes("这不是一封邮件 \u0001\u0002 no headers at all\r\n<<<>>>\r\n--boundary-without-start\r\n");

        await TestMailServers.AppendRawAsync(shop, raw);
        var entry = await ReadOnlyEntryAsync();

        Assert.False(string.IsNullOrWhiteSpace(entry.Text("warning")));
        Assert.Contains("这不是一封邮件", entry.Text("text"));
        var original = Assert.Single(entry.GetProperty("attachments").EnumerateArray());
        Assert.Equal("original.eml", original.Text("fileName"));
        Assert.Equal(raw, await Api.GetByteArrayAsync(original.Text("url"), Ct));
    }

    [Fact]
    public async Task Text_over_the_limit_is_cut_with_a_warning_instead_of_refused()
    {
        var entry = await ReceivedAsync(new CustomerMail(shop).Text(new string('长', 25_000)));

        Assert.Equal(20_000, entry.Text("text").Length);
        Assert.Contains("25,000", entry.Text("warning"));
    }

    [Fact]
    public async Task Oversize_attachment_is_dropped_with_a_warning_naming_it_and_the_rest_is_kept()
    {
        var invoice = Encoding.UTF8.GetBytes("发票 invoice");
        var mail = new CustomerMail(shop).Text("发票和视频")
            .Attach("发票.pdf", invoice, "application/pdf")
            .Attach("开箱视频.mp4", new byte[11 * 1024 * 1024], "video/mp4");

        // Appended over IMAP: like a provider whose limit is larger than ours, which postfix here is not.
        await TestMailServers.AppendRawAsync(shop, Raw(mail));
        var entry = await ReadOnlyEntryAsync();

        Assert.Equal("发票和视频", entry.Text("text"));
        Assert.Contains("开箱视频.mp4", entry.Text("warning"));
        // The original mail, at 15 MB, is too large to keep beside it: the shop's mailbox still has it, and the warning says so.
        Assert.Equal(invoice, await Api.GetByteArrayAsync(Assert.Single(entry.GetProperty("attachments").EnumerateArray()).Text("url"), Ct));
    }

    private async Task<JsonElement> ReceivedAsync(CustomerMail mail)
    {
        await mail.SendAsync();
        return await ReadOnlyEntryAsync();
    }

    private async Task<JsonElement> ReadOnlyEntryAsync()
    {
        await TestMailServers.WaitForMailAsync(shop);
        await Api.ConnectAsync(shop);
        await App.ReadMailUntilAsync(async () => (await Api.InboxAsync("view=all")).GetArrayLength() > 0);
        var inbox = await Api.InboxAsync("view=all");
        var conversation = await Api.ConversationAsync(Assert.Single(inbox.EnumerateArray()).Id("id"));
        return Assert.Single(conversation.GetProperty("entries").EnumerateArray());
    }

    private static byte[] Raw(CustomerMail mail)
    {
        using var stream = new MemoryStream();
        mail.Build().WriteTo(stream);
        return stream.ToArray();
    }
}

public sealed class MailContentOnSqlite(SqliteExceed app) : MailContentScenarios<SqliteExceed>(app);
public sealed class MailContentOnPostgres(PostgresExceed app) : MailContentScenarios<PostgresExceed>(app);
