using Exceed.Core.Common;

namespace Exceed.Core.Conversations;

/// <summary>What a message may be, and how it becomes an entry: shared by every channel.</summary>
internal static class MessageRules
{
    public static FieldErrors Validate(InboundMessage message)
    {
        var errors = new FieldErrors();
        var hasText = !string.IsNullOrWhiteSpace(message.Text);
        if (!hasText && message.Attachments.Count == 0 && message.Kind != EntryKind.Call)
        {
            errors.Add("text", "The message is empty: send text or at least one attachment.");
        }
        if (message.Text is { Length: > Limits.MessageText })
        {
            errors.Add("text", $"The message is {message.Text.Length:N0} characters; at most {Limits.MessageText:N0} fit in one message. Split it into several.");
        }
        errors.Limit("senderName", message.SenderName, "Sender name", 200);
        errors.Limit("subject", message.Subject, "Subject", 300);
        errors.Limit("messageId", message.DedupeKey, "Message id", 400);
        errors.Limit("threadId", message.ThreadKey, "Thread id", 300);
        errors.Limit("recordingUrl", message.RecordingUrl, "Recording link", 1000);
        if (message.RecordingUrl is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var link) && link.Scheme is "http" or "https"))
        {
            errors.Add("recordingUrl", "The recording link must be an http(s) address.");
        }
        ValidateAttachments(message.Attachments, errors);
        return errors;
    }

    public static void ValidateAttachments(IReadOnlyList<AttachmentInput> attachments, FieldErrors errors)
    {
        if (attachments.Count > Limits.AttachmentsPerMessage)
        {
            errors.Add("attachments", $"{attachments.Count} attachments were sent; at most {Limits.AttachmentsPerMessage} fit in one message.");
        }
        for (var i = 0; i < attachments.Count; i++)
        {
            var a = attachments[i];
            if (string.IsNullOrWhiteSpace(a.FileName) || a.FileName.Length > 260)
            {
                errors.Add($"attachments[{i}].fileName", "Each attachment needs a file name of at most 260 characters.");
            }
            if (a.Content is not { Length: > 0 })
            {
                errors.Add($"attachments[{i}].content", $"Attachment {a.FileName} is empty.");
            }
            else if (a.Content.Length > Limits.AttachmentBytes)
            {
                errors.Add($"attachments[{i}].content", $"Attachment {a.FileName} is {a.Content.Length / 1024 / 1024.0:0.#} MB; at most {Limits.AttachmentBytes / 1024 / 1024} MB per file.");
            }
        }
    }

    public static ConversationEntry ToEntry(InboundMessage message, Guid conversationId, DateTimeOffset now) => new()
    {
        ConversationId = conversationId,
        Kind = message.Kind,
        Channel = message.Channel,
        At = now,
        AuthorName = message.SenderName?.Trim() ?? message.FromValue?.Trim() ?? "",
        Text = message.Text?.Trim() ?? "",
        SafeHtml = message.SafeHtml,
        DedupeKey = message.DedupeKey,
        MessageId = message.MessageId,
        Warning = message.Warning,
        CallAnsweredAt = message.CallAnsweredAt,
        CallEndedAt = message.CallEndedAt,
        RecordingUrl = message.RecordingUrl,
        Attachments = ToAttachments(message.Attachments),
    };

    public static List<Attachment> ToAttachments(IReadOnlyList<AttachmentInput> attachments) =>
        attachments.Select(a => new Attachment
        {
            FileName = Path.GetFileName(a.FileName!.Trim()),
            ContentType = string.IsNullOrWhiteSpace(a.ContentType) ? "application/octet-stream" : a.ContentType.Trim(),
            Size = a.Content!.Length,
            Content = a.Content,
        }).ToList();

    public static string SubjectOf(InboundMessage message)
    {
        if (!string.IsNullOrWhiteSpace(message.Subject))
        {
            return message.Subject.Trim();
        }
        return Preview(message.Text ?? "", 80);
    }

    public static string Preview(ConversationEntry entry) => entry.Kind == EntryKind.Call && entry.Text.Length == 0
        ? "☎"
        : Preview(entry.Text.Length > 0 ? entry.Text : string.Join(", ", entry.Attachments.Select(a => a.FileName)), Limits.PreviewLength);

    public static string Preview(string text, int length)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= length ? flat : flat[..(length - 1)] + "…";
    }
}
