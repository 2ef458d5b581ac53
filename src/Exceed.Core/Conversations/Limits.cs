namespace Exceed.Core.Conversations;

/// <summary>How much one message may carry; larger is refused with a clear error, never truncated silently.</summary>
public static class Limits
{
    public const int MessageText = 20_000;
    public const int AttachmentBytes = 10 * 1024 * 1024;
    public const int AttachmentsPerMessage = 10;
    public const int HandOffNote = 4_000;
    public const int PreviewLength = 120;
}
