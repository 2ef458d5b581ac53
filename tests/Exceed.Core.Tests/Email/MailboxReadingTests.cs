using System.Text;
using Exceed.Core.Email;

namespace Exceed.Core.Tests.Email;

/// <summary>Mail sent to the shop through real SMTP is read back over real IMAP (dovecot + postfix from scripts/services.sh).</summary>
public sealed class MailboxReadingTests
{
    private readonly MailboxSettings shop = TestMailServers.NewMailbox("service", displayName: "小美的店");

    [Fact]
    public async Task Mail_from_a_customer_is_read_with_sender_recipients_subject_date_threading_and_text()
    {
        var mail = new CustomerMail(shop).Cc("wang@customer.test", "王先生").InReplyTo("first@shop.test", "root@shop.test", "first@shop.test");
        await mail.SendAsync();

        var email = Assert.Single((await TestMailServers.WaitForMailAsync(shop)).Emails);

        Assert.Equal(mail.MessageId, email.MessageId);
        Assert.True(email.HasOwnMessageId);
        Assert.Equal(new EmailParty("chen.li@customer.test", "陈丽"), email.From);
        Assert.Equal([new EmailParty(shop.Address, "小美的店")], email.To);
        Assert.Equal([new EmailParty("wang@customer.test", "王先生")], email.Cc);
        Assert.Equal("订单 #1234 还没到", email.Subject);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 1, 30, 0, TimeSpan.Zero), email.Date);
        Assert.Equal("first@shop.test", email.InReplyTo);
        Assert.Equal(["root@shop.test", "first@shop.test"], email.References);
        Assert.Equal("您好，我的订单还没到。", email.TextBody.Trim());
        Assert.Contains("Subject:", Encoding.UTF8.GetString(email.Raw), StringComparison.Ordinal);
        Assert.Empty(email.Warnings);
    }

    [Fact]
    public async Task Reading_again_from_the_saved_position_returns_nothing_and_a_fresh_read_gives_the_same_message_id()
    {
        var mail = new CustomerMail(shop);
        await mail.SendAsync();
        var first = await TestMailServers.WaitForMailAsync(shop);

        var again = await new MailboxReader().ReadNewAsync(shop, first.Position, TestContext.Current.CancellationToken);
        var fromScratch = await new MailboxReader().ReadNewAsync(shop, null, TestContext.Current.CancellationToken);

        Assert.Empty(again.Emails);
        Assert.Equal(first.Position, again.Position);
        Assert.Equal(mail.MessageId, Assert.Single(fromScratch.Emails).MessageId);
    }

    [Fact]
    public async Task Only_mail_newer_than_the_position_is_read_oldest_first()
    {
        await new CustomerMail(shop).Subject("第一封").SendAsync();
        var first = await TestMailServers.WaitForMailAsync(shop);
        await new CustomerMail(shop).Subject("第二封").SendAsync();

        var second = await TestMailServers.WaitForMailAsync(shop, first.Position);

        Assert.Equal("第二封", Assert.Single(second.Emails).Subject);
        Assert.True(second.Position.LastUid > first.Position.LastUid);
    }

    [Fact]
    public async Task A_changed_uidvalidity_reads_the_folder_again_so_dedupe_can_catch_up()
    {
        var mail = new CustomerMail(shop);
        await mail.SendAsync();
        var first = await TestMailServers.WaitForMailAsync(shop);
        var rebuiltFolder = first.Position with { UidValidity = first.Position.UidValidity - 1 };

        var reread = await new MailboxReader().ReadNewAsync(shop, rebuiltFolder, TestContext.Current.CancellationToken);

        Assert.True(reread.Rescanned);
        Assert.Equal(mail.MessageId, Assert.Single(reread.Emails).MessageId);
        Assert.Equal(first.Position, reread.Position);
    }

    [Fact]
    public async Task A_long_backlog_is_read_in_batches_that_say_more_is_waiting()
    {
        for (var i = 1; i <= 3; i++)
        {
            await TestMailServers.AppendRawAsync(shop, Encoding.ASCII.GetBytes($"From: a@customer.test\r\nMessage-ID: <{i}@customer.test>\r\nSubject: {i}\r\n\r\nbody {i}\r\n"));
        }
        var reader = new MailboxReader(batchSize: 2);

        var first = await reader.ReadNewAsync(shop, null, TestContext.Current.CancellationToken);
        var rest = await reader.ReadNewAsync(shop, first.Position, TestContext.Current.CancellationToken);

        Assert.Equal(["1@customer.test", "2@customer.test"], first.Emails.Select(e => e.MessageId));
        Assert.True(first.MoreWaiting);
        Assert.Equal(["3@customer.test"], rest.Emails.Select(e => e.MessageId));
        Assert.False(rest.MoreWaiting);
    }
}
