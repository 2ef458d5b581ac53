using System.Security.Cryptography;
using System.Text;
using Exceed.Core.Conversations;
using Exceed.Core.Customers;
using Exceed.Core.Email;

namespace Exceed.Core.Mailboxes;

/// <summary>
/// A customer's mail as the conversation's intake takes it. Mail cannot be refused back to the sender, so what does not
/// fit the message limits is cut or dropped with a warning that says so, and a mail that could not be read keeps its
/// original bytes as an attachment.
/// </summary>
public static class MailToMessage
{
    public const string OriginalFileName = "original.eml";
    private const int MaxWarning = 1000;
    // Ten times the text limit: room for a styled mail, not for a newsletter's megabytes.
    private const int MaxHtml = 10 * Limits.MessageText;

    public static InboundMessage Convert(Guid mailboxId, InboundEmail email)
    {
        var warnings = new List<string>(email.Warnings);
        var attachments = Fit(email.Attachments, warnings);
        var text = Clean(email.TextBody).Trim();
        if (text.Length > Limits.MessageText)
        {
            warnings.Add($"The mail's text was {text.Length:N0} characters; only the first {Limits.MessageText:N0} are kept here.");
            text = text[..Limits.MessageText];
        }
        if (warnings.Count > 0)
        {
            KeepOriginal(email, attachments, warnings);
            if (text.Length == 0)
            {
                // What could not be parsed is still worth reading as it came.
                text = Cut(Clean(Encoding.UTF8.GetString(email.Raw)).Trim(), Limits.MessageText)!;
            }
        }
        if (text.Length == 0 && attachments.Count == 0)
        {
            text = Clean(email.Subject).Trim();
            if (text.Length == 0)
            {
                KeepOriginal(email, attachments, warnings);
            }
        }
        var html = email.SafeHtml is null ? null : Clean(email.SafeHtml);
        if (html is { Length: > MaxHtml })
        {
            warnings.Add($"The mail's HTML was {html.Length:N0} characters, too long to show; its text is shown instead.");
            html = null;
        }
        var from = email.From;
        return new InboundMessage
        {
            Channel = ChannelKind.Email,
            ChannelId = mailboxId,
            FromKind = from is null ? null : IdentityKind.Email,
            FromValue = from?.Address,
            SenderName = from is null ? null : Cut(Clean(from.Name.Length > 0 ? from.Name : from.Address), 200),
            ThreadKey = Cut((email.References.Count > 0 ? email.References[0] : null) ?? email.InReplyTo ?? email.MessageId, 300),
            InReplyTo = Answered(email),
            Subject = Cut(Clean(email.Subject).Trim(), 300),
            Text = text,
            SafeHtml = html,
            DedupeKey = DedupeKey(email.MessageId),
            MessageId = Cut(email.MessageId, 400),
            Warning = warnings.Count == 0 ? null : Cut(string.Join(" ", warnings), MaxWarning),
            SentAt = email.Date,
            Attachments = attachments,
        };
    }

    /// <summary>"email:" + the Message-ID, or its hash when a freak header is longer than the column.</summary>
    public static string DedupeKey(string messageId)
    {
        var key = "email:" + messageId;
        return key.Length <= 400 ? key : "email:sha256:" + System.Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)));
    }

    /// <summary>In-Reply-To, then References newest first: the nearest parent is the best guess of the thread.</summary>
    private static List<string> Answered(InboundEmail email)
    {
        var ids = new List<string>();
        foreach (var id in new[] { email.InReplyTo ?? "" }.Concat(email.References.Reverse()))
        {
            if (id.Length is > 0 and <= 400 && !ids.Contains(id))
            {
                ids.Add(id);
            }
        }
        return ids;
    }

    private static List<AttachmentInput> Fit(IReadOnlyList<EmailAttachment> files, List<string> warnings)
    {
        var kept = new List<AttachmentInput>();
        var dropped = new List<string>();
        foreach (var file in files)
        {
            var name = FileName(file.FileName, kept.Count + dropped.Count + 1);
            if (file.Content.Length == 0)
            {
                continue;
            }
            if (file.Content.Length > Limits.AttachmentBytes)
            {
                dropped.Add($"{name} ({file.Content.Length / 1024.0 / 1024.0:0.#} MB)");
            }
            else if (kept.Count >= Limits.AttachmentsPerMessage)
            {
                dropped.Add(name);
            }
            else
            {
                kept.Add(new AttachmentInput(name, file.ContentType, file.Content));
            }
        }
        if (dropped.Count > 0)
        {
            warnings.Add($"Not kept (at most {Limits.AttachmentsPerMessage} files of {Limits.AttachmentBytes / 1024 / 1024} MB each per mail): {string.Join(", ", dropped)}. They are still in the shop's mailbox.");
        }
        return kept;
    }

    private static void KeepOriginal(InboundEmail email, List<AttachmentInput> attachments, List<string> warnings)
    {
        if (email.Raw.Length > Limits.AttachmentBytes || attachments.Count >= Limits.AttachmentsPerMessage)
        {
            warnings.Add("The original mail is not kept here (too large); it is still in the shop's mailbox.");
        }
        else if (email.Raw.Length > 0)
        {
            attachments.Add(new AttachmentInput(OriginalFileName, "message/rfc822", email.Raw));
        }
    }

    private static string FileName(string name, int number)
    {
        var clean = Path.GetFileName(name.Trim());
        if (clean.Length == 0)
        {
            return $"attachment-{number}";
        }
        if (clean.Length <= 260)
        {
            return clean;
        }
        var extension = Path.GetExtension(clean) is { Length: <= 20 } kept ? kept : "";
        return clean[..(260 - extension.Length)] + extension;
    }

    /// <summary>PostgreSQL text cannot hold NUL, and a broken mail may be full of them.</summary>
    private static string Clean(string? value) => value?.Replace("\0", "", StringComparison.Ordinal) ?? "";

    private static string? Cut(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
