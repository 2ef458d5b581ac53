namespace Exceed.Core.Email;

/// <summary>An agent's reply to a customer's mail, with what is needed to keep it in the customer's thread.</summary>
public sealed record OutboundReply
{
    public required EmailParty To { get; init; }
    /// <summary>The subject of the mail being answered; the reply's subject is "Re: " and this, without stacking.</summary>
    public required string Subject { get; init; }
    public required string TextBody { get; init; }
    /// <summary>The Message-ID of the customer's last mail; null when we write first.</summary>
    public string? InReplyTo { get; init; }
    /// <summary>The References of the customer's last mail (oldest first); its Message-ID is added after them.</summary>
    public IReadOnlyList<string> References { get; init; } = [];
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];
}

/// <summary>What went out: store <see cref="MessageId"/> with the message so the customer's answer threads back to it.</summary>
public sealed record SentEmail(
    string MessageId, string Subject, string? InReplyTo, IReadOnlyList<string> References, DateTimeOffset SentAt, byte[] Raw);
