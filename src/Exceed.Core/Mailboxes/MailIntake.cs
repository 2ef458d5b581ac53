using Exceed.Core.Conversations;
using Exceed.Core.Data;
using Exceed.Core.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Exceed.Core.Mailboxes;

/// <summary>Where the mailbox poller hands each customer mail: into the conversation intake, stored once, never refused.</summary>
public sealed class MailIntake(ExceedDb db, ContactIntake intake, TimeProvider clock, ILogger<MailIntake> logger) : IInboundMailSink
{
    public async Task<IReadOnlyList<ConnectedMailbox>> MailboxesAsync(CancellationToken cancellationToken) =>
        (await db.Set<Mailbox>().AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync(cancellationToken))
            .Select(m => new ConnectedMailbox(m.Id.ToString(), m.Settings, m.Position)).ToList();

    public async Task AcceptAsync(ConnectedMailbox mailbox, InboundEmail email, CancellationToken cancellationToken)
    {
        if (await IsOurOwnReplyAsync(email.MessageId, cancellationToken))
        {
            return;
        }
        var mailboxId = Guid.Parse(mailbox.Key);
        var message = MailToMessage.Convert(mailboxId, email);
        var outcome = await intake.ReceiveAsync(message, cancellationToken);
        if (outcome.Problem is { } problem)
        {
            // The conversion keeps within the limits, so this is a rule it missed: keep the mail as its original bytes rather than lose it.
            logger.LogWarning("Mail {MessageId} in {Mailbox} was refused by the intake ({Problem}); keeping it as the original mail", email.MessageId, mailbox.Settings.Address, problem.Detail);
            var fallback = MailToMessage.Convert(mailboxId, email with
            {
                TextBody = "",
                SafeHtml = null,
                Attachments = [],
                Warnings = [.. email.Warnings, $"The mail could not be stored as it was ({problem.Detail}); it is kept as it arrived."],
            });
            outcome = await intake.ReceiveAsync(fallback, cancellationToken);
            if (outcome.Problem is { } again)
            {
                throw new InvalidOperationException($"Mail {email.MessageId} could not be stored: {again.Detail}");
            }
        }
        // One pass may bring hundreds of mails with their attachments: keep none of them in memory once saved.
        db.ChangeTracker.Clear();
    }

    public Task SavePositionAsync(ConnectedMailbox mailbox, MailboxPosition position, CancellationToken cancellationToken)
    {
        var id = Guid.Parse(mailbox.Key);
        var now = clock.GetUtcNow();
        return db.Set<Mailbox>().Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.UidValidity, (long)position.UidValidity)
            .SetProperty(m => m.LastUid, (long)position.LastUid)
            .SetProperty(m => m.LastReadAt, now)
            .SetProperty(m => m.LastError, (string?)null)
            .SetProperty(m => m.LastErrorAt, (DateTimeOffset?)null), cancellationToken);
    }

    public Task ReportFailureAsync(ConnectedMailbox mailbox, string message, CancellationToken cancellationToken)
    {
        var id = Guid.Parse(mailbox.Key);
        var now = clock.GetUtcNow();
        var error = message.Length > 1000 ? message[..1000] : message;
        return db.Set<Mailbox>().Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.LastError, error)
            .SetProperty(m => m.LastErrorAt, now), cancellationToken);
    }

    /// <summary>A copy of our reply that lands in the shop's own folder (a Bcc to itself, a reply-all) is not a customer writing.</summary>
    private Task<bool> IsOurOwnReplyAsync(string messageId, CancellationToken ct) =>
        db.Set<ConversationEntry>().AnyAsync(e => e.MessageId == messageId && e.Kind == EntryKind.AgentReply, ct);
}
