using Exceed.Core.Conversations;

namespace Exceed.Web.Conversations;

internal sealed record ConversationView(Guid Id, Guid? CustomerId, ChannelKind Channel, Guid? ChannelId, string Subject, ConversationStatus Status,
    Priority Priority, string? OwnerId, string? OwnerName, string? Team, IEnumerable<string> Tags, DateTimeOffset CreatedAt,
    DateTimeOffset LastMessageAt, DateTimeOffset? WaitingSince, DateTimeOffset? DueAt, DateTimeOffset? FollowUpAt,
    HandOffView? HandOff, IReadOnlyList<EntryView>? Entries)
{
    public static ConversationView Summary(Conversation c) => From(c, null);

    public static ConversationView From(Conversation c, IReadOnlyList<AttachmentInfo>? attachments) => new(
        c.Id, c.CustomerId, c.Channel, c.ChannelId, c.Subject, c.Status, c.Priority, c.OwnerId, c.OwnerName, c.Team, c.TagList.ToList(),
        c.CreatedAt, c.LastMessageAt, c.WaitingSince, InboxQuery.DueAt(c), c.FollowUpAt,
        c.HandOffNote is null ? null : new HandOffView(c.HandOffFrom, c.HandOffNote, c.HandOffAt, c.HandOffReadAt),
        attachments is null ? null : c.Entries.Select(e => EntryView.From(e, attachments.Where(a => a.EntryId == e.Id))).ToList());
}

internal sealed record HandOffView(string? From, string Note, DateTimeOffset? At, DateTimeOffset? ReadAt);

internal sealed record EntryView(Guid Id, EntryKind Kind, ChannelKind Channel, DateTimeOffset At, string AuthorName, string Text,
    DeliveryState Delivery, string? Warning, DateTimeOffset? CallAnsweredAt, DateTimeOffset? CallEndedAt, double? CallSeconds,
    string? RecordingUrl, IReadOnlyList<AttachmentLink> Attachments, string? SafeHtml, string? MessageId)
{
    public static EntryView From(ConversationEntry e, IEnumerable<AttachmentInfo> attachments) => new(
        e.Id, e.Kind, e.Channel, e.At, e.AuthorName, e.Text, e.Delivery, e.Warning, e.CallAnsweredAt, e.CallEndedAt,
        e.CallDuration?.TotalSeconds, e.RecordingUrl,
        attachments.Select(a => new AttachmentLink(a.Id, a.FileName, a.ContentType, a.Size, $"/api/v1/conversations/attachments/{a.Id}"))
            .Concat(e.Attachments.Select(a => new AttachmentLink(a.Id, a.FileName, a.ContentType, a.Size, $"/api/v1/conversations/attachments/{a.Id}")))
            .DistinctBy(a => a.Id).ToList(),
        e.SafeHtml, e.MessageId);
}

internal sealed record AttachmentLink(Guid Id, string FileName, string ContentType, long Size, string Url);
