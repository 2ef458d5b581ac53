using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Conversations;

/// <summary>
/// PostgreSQL: several writers store messages at once (the intake's lanes, other nodes). Each takes a transaction lock for
/// every customer it already knows and every thread it carries before it looks for their open conversation, so a writer
/// touching the same customer or thread waits for the other's commit and then reads what it wrote. Every writer takes all
/// its locks in one statement, in ascending order of their numbers, so two writers cannot deadlock.
/// </summary>
internal static class IntakeLocks
{
    public static async Task HoldAsync(ExceedDb db, IEnumerable<Guid> customers, IEnumerable<InboundMessage> messages, CancellationToken ct)
    {
        string[] keys =
        [
            .. customers.Select(c => $"customer:{c:N}"),
            .. messages.Where(m => m.ThreadKey is not null).Select(m => $"thread:{m.Channel}:{m.ChannelId:N}:{m.ThreadKey}"),
        ];
        if (keys.Length > 0)
        {
            await db.Database.ExecuteSqlAsync(
                $"SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtextextended(k, 0) AS h FROM unnest({keys}) AS k ORDER BY h OFFSET 0) AS held", ct);
        }
    }
}
