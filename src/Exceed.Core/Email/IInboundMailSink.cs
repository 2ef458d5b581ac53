namespace Exceed.Core.Email;

/// <summary>A mailbox the poller reads: a key the owner of the data chooses, its settings, and where reading stopped.</summary>
public sealed record ConnectedMailbox(string Key, MailboxSettings Settings, MailboxPosition? Position);

/// <summary>
/// What the conversations feature implements to receive mail; the mail code knows nothing of storage.
/// The poller calls it in a fresh DI scope per pass, in this order: <see cref="MailboxesAsync"/>, then for each
/// mailbox <see cref="AcceptAsync"/> per mail (oldest first) and <see cref="SavePositionAsync"/> after the last
/// accepted one. Delivery is at least once: a crash between accepting and saving the position, or a UIDVALIDITY
/// change, hands the same mail over again, so AcceptAsync must store a <see cref="InboundEmail.MessageId"/> only once.
/// </summary>
public interface IInboundMailSink
{
    Task<IReadOnlyList<ConnectedMailbox>> MailboxesAsync(CancellationToken cancellationToken);

    /// <summary>Store the mail durably before returning; throw to have it (and the rest of the batch) read again next pass.</summary>
    Task AcceptAsync(ConnectedMailbox mailbox, InboundEmail email, CancellationToken cancellationToken);

    Task SavePositionAsync(ConnectedMailbox mailbox, MailboxPosition position, CancellationToken cancellationToken);

    /// <summary>The mailbox could not be read (wrong password, server away): show it to the owner. The message holds no secret.</summary>
    Task ReportFailureAsync(ConnectedMailbox mailbox, string message, CancellationToken cancellationToken);
}
