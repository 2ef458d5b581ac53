using MailKit;
using MailKit.Search;

namespace Exceed.Core.Email;

/// <summary>
/// Where reading stopped in one mailbox folder. IMAP UIDs only grow within one UIDVALIDITY; when the server
/// changes UIDVALIDITY (the folder was rebuilt) every UID may mean another mail, so the folder is read again
/// from the start and the dedupe by Message-ID keeps the conversation from doubling.
/// </summary>
public sealed record MailboxPosition(uint UidValidity, uint LastUid);

/// <summary>The mails read in one pass and the position to remember once they are safely stored.</summary>
public sealed record MailboxBatch(IReadOnlyList<InboundEmail> Emails, MailboxPosition Position, bool Rescanned, bool MoreWaiting);

/// <summary>Reads the mails that arrived since the last position, oldest first, without marking them as read.</summary>
public sealed class MailboxReader(int batchSize = 100)
{
    /// <param name="since">Null for a mailbox never read: everything in the folder is read, in batches.</param>
    public async Task<MailboxBatch> ReadNewAsync(MailboxSettings settings, MailboxPosition? since, CancellationToken cancellationToken)
    {
        using var client = await MailConnections.OpenImapAsync(settings.Imap, cancellationToken);
        var folder = await client.GetFolderAsync(settings.Folder, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadOnly, cancellationToken);

        var validity = folder.UidValidity;
        var rescanned = since is not null && since.UidValidity != validity;
        var after = since is null || rescanned ? 0u : since.LastUid;
        var waiting = await NewerThanAsync(folder, validity, after, cancellationToken);
        var taken = waiting.Take(batchSize).ToList();

        var emails = new List<InboundEmail>(taken.Count);
        foreach (var uid in taken)
        {
            emails.Add(InboundEmailParser.Parse(await ReadRawAsync(folder, uid, cancellationToken), uid.Id));
        }
        await client.DisconnectAsync(true, cancellationToken);
        var last = taken.Count > 0 ? taken[^1].Id : after;
        return new MailboxBatch(emails, new MailboxPosition(validity, last), rescanned, waiting.Count > taken.Count);
    }

    private static async Task<List<UniqueId>> NewerThanAsync(IMailFolder folder, uint validity, uint after, CancellationToken cancellationToken)
    {
        if (folder.Count == 0 || after == uint.MaxValue)
        {
            return [];
        }
        var range = new UniqueIdRange(new UniqueId(validity, after + 1), UniqueId.MaxValue);
        var found = await folder.SearchAsync(SearchQuery.Uids(range), cancellationToken);
        // "n:*" also matches the newest mail when n is past it, so filter again here.
        return [.. found.Where(uid => uid.Id > after).OrderBy(uid => uid.Id)];
    }

    private static async Task<byte[]> ReadRawAsync(IMailFolder folder, UniqueId uid, CancellationToken cancellationToken)
    {
        await using var stream = await folder.GetStreamAsync(uid, cancellationToken);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }
}
