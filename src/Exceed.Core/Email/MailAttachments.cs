using MimeKit;

namespace Exceed.Core.Email;

/// <summary>Every file a customer sent, including photos their mail program placed inline.</summary>
internal static class MailAttachments
{
    public static IReadOnlyList<EmailAttachment> Read(MimeMessage message, List<string> warnings)
    {
        var attachments = new List<EmailAttachment>();
        foreach (var entity in message.BodyParts)
        {
            // Text without a file name is the body (plain or HTML), already read as such.
            if (entity is TextPart { IsAttachment: false, FileName: null })
            {
                continue;
            }
            var file = Read(entity, attachments.Count + 1, warnings);
            if (file is not null)
            {
                attachments.Add(file);
            }
        }
        return attachments;
    }

    private static EmailAttachment? Read(MimeEntity entity, int number, List<string> warnings)
    {
        var contentType = entity.ContentType.MimeType.ToLowerInvariant();
        try
        {
            using var content = new MemoryStream();
            string? name;
            switch (entity)
            {
                case MessagePart forwarded:
                    forwarded.Message?.WriteTo(content);
                    name = forwarded.ContentDisposition?.FileName ?? $"message-{number}.eml";
                    break;
                case MimePart part:
                    part.Content?.DecodeTo(content);
                    name = part.FileName ?? DefaultName(contentType, number);
                    break;
                default:
                    return null;
            }
            return new EmailAttachment(name, contentType, content.ToArray());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            warnings.Add($"Attachment {number} ({contentType}) could not be decoded ({e.Message}); the raw mail still holds it.");
            return null;
        }
    }

    private static string DefaultName(string contentType, int number) =>
        MimeTypes.TryGetExtension(contentType, out var extension) ? $"attachment-{number}{extension}" : $"attachment-{number}";
}
