namespace Exceed.Core.Email;

/// <summary>A person on a mail: the address (always lower-cased) and the name their mail program shows.</summary>
public sealed record EmailParty(string Address, string Name);

/// <summary>A file that came with a mail, kept whole.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content)
{
    public long Size => Content.LongLength;
}

/// <summary>
/// One mail as a customer sent it, ready for the conversation: who, what, the threading headers and the raw bytes.
/// <see cref="MessageId"/> is never empty, so it is always the dedupe key; <see cref="Warnings"/> says what could not be read.
/// </summary>
public sealed record InboundEmail
{
    /// <summary>Without angle brackets. A mail without one gets a stable id from a hash of its bytes (see <see cref="HasOwnMessageId"/>).</summary>
    public required string MessageId { get; init; }
    public bool HasOwnMessageId { get; init; }
    public string? InReplyTo { get; init; }
    /// <summary>Oldest first, as in the References header.</summary>
    public IReadOnlyList<string> References { get; init; } = [];
    public EmailParty? From { get; init; }
    public IReadOnlyList<EmailParty> To { get; init; } = [];
    public IReadOnlyList<EmailParty> Cc { get; init; } = [];
    public string Subject { get; init; } = "";
    /// <summary>The Date header; null when missing or unreadable.</summary>
    public DateTimeOffset? Date { get; init; }
    /// <summary>The text to show and search: text/plain, else the HTML part turned into text.</summary>
    public string TextBody { get; init; } = "";
    /// <summary>The HTML part with scripts, event handlers and other active content removed; null when the mail had no HTML.</summary>
    public string? SafeHtml { get; init; }
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];
    /// <summary>The bytes exactly as the server stored them: the evidence, and a second chance for a better parser.</summary>
    public required byte[] Raw { get; init; }
    /// <summary>What went wrong reading the mail, in words an agent understands; empty for a clean mail.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
    /// <summary>The IMAP UID it was read from, when it came from a mailbox.</summary>
    public uint? Uid { get; init; }
}
