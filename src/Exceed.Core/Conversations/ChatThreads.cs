using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Conversations;

/// <summary>What a chat visitor may see of their own thread: their messages and our replies, never notes or events.</summary>
public sealed record ChatLine(Guid Id, Guid ConversationId, bool FromVisitor, string AuthorName, string Text, DateTimeOffset At);

/// <summary>The conversations feature's answers about chat threads, for the widget.</summary>
public sealed class ChatThreads(ExceedDb db)
{
    public const int HistoryLength = 200;

    /// <summary>The visitor's thread that is still going (not closed), newest first.</summary>
    public Task<Guid?> OpenConversationAsync(string threadKey, CancellationToken ct = default) =>
        db.Set<Conversation>().AsNoTracking()
            .Where(c => c.Channel == ChannelKind.Chat && c.ThreadKey == threadKey && c.Status != ConversationStatus.Closed)
            .OrderByDescending(c => c.LastMessageAt).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);

    /// <summary>The last <see cref="HistoryLength"/> lines of the conversation, oldest first.</summary>
    public async Task<List<ChatLine>> LinesAsync(Guid conversationId, CancellationToken ct = default)
    {
        var lines = await Visible(db.Set<ConversationEntry>().AsNoTracking().Where(e => e.ConversationId == conversationId))
            .OrderByDescending(e => e.At).Take(HistoryLength)
            .Select(e => new ChatLine(e.Id, e.ConversationId, e.Kind == EntryKind.CustomerMessage, e.AuthorName, e.Text, e.At))
            .ToListAsync(ct);
        lines.Reverse();
        return lines;
    }

    /// <summary>One line, when it is one the visitor may see.</summary>
    public Task<ChatLine?> LineAsync(Guid entryId, CancellationToken ct = default) =>
        Visible(db.Set<ConversationEntry>().AsNoTracking().Where(e => e.Id == entryId))
            .Select(e => new ChatLine(e.Id, e.ConversationId, e.Kind == EntryKind.CustomerMessage, e.AuthorName, e.Text, e.At))
            .FirstOrDefaultAsync(ct);

    public Task<bool> IsChatAsync(Guid conversationId, CancellationToken ct = default) =>
        db.Set<Conversation>().AnyAsync(c => c.Id == conversationId && c.Channel == ChannelKind.Chat, ct);

    /// <summary>
    /// Median minutes to the first answer over the most recent answered conversations (any channel) of the last 30 days,
    /// or null when there are none to speak of.
    /// </summary>
    public async Task<int?> MedianFirstResponseMinutesAsync(DateTimeOffset now, int sample = 200, CancellationToken ct = default)
    {
        var since = now.AddDays(-30);
        var pairs = await db.Set<Conversation>().AsNoTracking()
            .Where(c => c.FirstRespondedAt != null && c.CreatedAt >= since)
            .OrderByDescending(c => c.CreatedAt).Take(sample)
            .Select(c => new { c.CreatedAt, Answered = c.FirstRespondedAt!.Value })
            .ToListAsync(ct);
        return ReplyTimes.MedianMinutes(pairs.Select(p => p.Answered - p.CreatedAt));
    }

    private static IQueryable<ConversationEntry> Visible(IQueryable<ConversationEntry> entries) =>
        entries.Where(e => e.Kind == EntryKind.CustomerMessage || e.Kind == EntryKind.AgentReply);
}

/// <summary>The figure the widget promises: a median, rounded up to whole minutes, never less than one.</summary>
public static class ReplyTimes
{
    public static int? MedianMinutes(IEnumerable<TimeSpan> waits)
    {
        var sorted = waits.Where(w => w >= TimeSpan.Zero).Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Math.Max(1, (int)Math.Ceiling(median.TotalMinutes));
    }
}
