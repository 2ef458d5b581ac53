using System.Text;
using Exceed.Core.Conversations;
using Exceed.Core.Email;
using Exceed.Core.Mailboxes;

namespace Exceed.Core.Tests.Mailboxes;

/// <summary>A mail always fits the conversation's limits: what does not fit is cut or dropped, and the warning says what.</summary>
public sealed class MailToMessageTests
{
    private static readonly Guid Mailbox = Guid.CreateVersion7();

    private static InboundEmail Mail(string text = "订单还没到") => new()
    {
        MessageId = "m-1@customer.test",
        HasOwnMessageId = true,
        From = new EmailParty("chen.li@customer.test", "陈丽"),
        Subject = "订单 #1234",
        TextBody = text,
        Raw = Encoding.UTF8.GetBytes("From: chen.li@customer.test\r\n\r\n" + text),
    };

    [Fact]
    public void Files_beyond_the_per_message_limit_are_dropped_and_named_in_the_warning()
    {
        var files = Enumerable.Range(1, Limits.AttachmentsPerMessage + 2).Select(i => new EmailAttachment($"photo-{i}.jpg", "image/jpeg", [1, 2, 3])).ToList();

        var message = MailToMessage.Convert(Mailbox, Mail() with { Attachments = files });

        Assert.Equal(Limits.AttachmentsPerMessage, message.Attachments.Count(a => a.FileName!.StartsWith("photo-", StringComparison.Ordinal)));
        Assert.Contains("photo-11.jpg", message.Warning);
        Assert.Contains("photo-12.jpg", message.Warning);
    }

    [Fact]
    public void The_answered_ids_run_from_in_reply_to_back_through_the_references()
    {
        var message = MailToMessage.Convert(Mailbox, Mail() with { InReplyTo = "c@shop.test", References = ["a@shop.test", "b@customer.test", "c@shop.test"] });

        Assert.Equal(["c@shop.test", "b@customer.test", "a@shop.test"], message.InReplyTo);
        Assert.Equal("a@shop.test", message.ThreadKey);
    }

    [Fact]
    public void Nul_characters_that_postgresql_cannot_store_are_removed()
    {
        var message = MailToMessage.Convert(Mailbox, Mail("订单\0还没到"));

        Assert.Equal("订单还没到", message.Text);
    }

    [Fact]
    public void A_mail_with_only_a_subject_is_stored_with_the_subject_as_its_text()
    {
        var message = MailToMessage.Convert(Mailbox, Mail("") with { Subject = "请回电" });

        Assert.Equal("请回电", message.Text);
        Assert.Null(message.Warning);
    }

    [Fact]
    public void A_message_id_longer_than_the_column_still_gives_a_stable_dedupe_key()
    {
        var id = new string('x', 500) + "@customer.test";

        Assert.Equal(MailToMessage.DedupeKey(id), MailToMessage.DedupeKey(id));
        Assert.True(MailToMessage.DedupeKey(id).Length <= 400);
        Assert.Equal("email:m-1@customer.test", MailToMessage.DedupeKey("m-1@customer.test"));
    }
}
