using Exceed.Core.Common;
using Exceed.Core.Data;
using Exceed.Core.Deadlines;
using Exceed.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Conversations;

/// <summary>What an agent does with a conversation: reply, note, hand off, change its status; each change is an entry in its history.</summary>
public sealed class ConversationService(ExceedDb db, ConversationClock deadlines, DeadlineSchedule schedule, Search.SearchIndex search, Audit.AuditLog audit, IEventBus bus, TimeProvider clock,
    Quality.ReplyReviewer reviewer)
{
    private DateTimeOffset lastStamp;

    public async Task<Outcome<ConversationEntry>> ReplyAsync(Guid id, ReplyInput input, Agent agent, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        errors.Require("text", input.Text, "Reply text", Limits.MessageText);
        MessageRules.ValidateAttachments(input.Attachments ?? [], errors);
        if (input.Status is ConversationStatus.Closed)
        {
            errors.Add("status", "A reply cannot close the conversation; solve it, and it closes on its own later.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (await FindAsync(id, ct) is not { } conversation)
        {
            return Missing(id);
        }
        if (conversation.Channel == ChannelKind.Phone)
        {
            return Problem.Invalid("text", "This conversation is a phone call: call the customer back, then add what was said as a note.");
        }
        var now = clock.GetUtcNow();
        var entry = new ConversationEntry
        {
            ConversationId = id,
            Kind = EntryKind.AgentReply,
            Channel = conversation.Channel,
            At = Stamp(now),
            AuthorId = agent.Id,
            AuthorName = agent.Name,
            Text = input.Text!.Trim(),
            Delivery = conversation.Channel == ChannelKind.Chat ? DeliveryState.Sent : DeliveryState.Pending,
            Attachments = MessageRules.ToAttachments(input.Attachments ?? []),
        };
        db.Add(entry);
        if (conversation.Channel is ChannelKind.Api or ChannelKind.Email)
        {
            db.Add(new Channels.OutboundDelivery { EntryId = entry.Id, ConversationId = id, Channel = conversation.Channel, ChannelId = conversation.ChannelId, NextAttemptAt = now });
        }
        search.IndexNew(new Search.SearchEntry(Search.SearchKind.Message, entry.Id, conversation.CustomerId, id, entry.Text, now));
        await reviewer.ReviewAtSendAsync(entry, input.OverriddenRules, ct);
        if (input.OverriddenRules is { Count: > 0 } rules)
        {
            audit.Record(agent.Name, "reply.sent-past-checker", string.Join(",", rules.Take(20)), conversation.CustomerId, new { conversation = id, entry = entry.Id, rules });
        }
        conversation.FirstRespondedAt ??= now;
        conversation.WaitingSince = null;
        conversation.LastMessageAt = now;
        conversation.Preview = MessageRules.Preview(entry);
        var status = input.Status ?? ConversationStatus.PendingCustomer;
        conversation.NextUpdateDueAt = status is ConversationStatus.Open or ConversationStatus.PendingUs ? deadlines.UpdateDue(now) : null;
        SetStatus(conversation, status, agent, now);
        if (conversation.OwnerId is null)
        {
            conversation.OwnerId = agent.Id;
            conversation.OwnerName = agent.Name;
        }
        await SaveAndTellAsync(conversation, ChangeKind.AgentReplied, entry.Id, ct);
        return entry;
    }

    public async Task<Outcome<ConversationEntry>> AddNoteAsync(Guid id, NoteInput input, Agent agent, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        errors.Require("text", input.Text, "Note", Limits.MessageText);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (await FindAsync(id, ct) is not { } conversation)
        {
            return Missing(id);
        }
        var entry = AddEntry(conversation, EntryKind.InternalNote, input.Text!.Trim(), agent, clock.GetUtcNow());
        search.IndexNew(new Search.SearchEntry(Search.SearchKind.Message, entry.Id, conversation.CustomerId, id, entry.Text, entry.At));
        await SaveAndTellAsync(conversation, ChangeKind.NoteAdded, entry.Id, ct);
        return entry;
    }

    /// <summary>Something a channel learned about the conversation (a chat visitor left their email), kept in its history for staff.</summary>
    public async Task<Outcome<ConversationEntry>> AddEventAsync(Guid id, string text, Agent by, CancellationToken ct = default)
    {
        if (await FindAsync(id, ct) is not { } conversation)
        {
            return Missing(id);
        }
        var entry = AddEntry(conversation, EntryKind.Event, text, by, clock.GetUtcNow());
        await SaveAndTellAsync(conversation, ChangeKind.Updated, entry.Id, ct);
        return entry;
    }

    /// <summary>Takes an unowned conversation, or hands an owned one over with the note its next owner reads first.</summary>
    public async Task<Outcome<Conversation>> HandOffAsync(Guid id, HandOffInput input, Agent agent, Func<string, Task<Agent?>> findStaff, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        errors.Require("toStaffId", input.ToStaffId, "The person to hand over to", 100);
        errors.Limit("note", input.Note, "Hand-off note", Limits.HandOffNote);
        errors.Limit("team", input.Team, "Team", 100);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (await FindAsync(id, ct) is not { } conversation)
        {
            return Missing(id);
        }
        if (await findStaff(input.ToStaffId!) is not { } next)
        {
            return Problem.Invalid("toStaffId", $"No staff member has id {input.ToStaffId}; pick someone from the staff list.");
        }
        if (conversation.OwnerId == next.Id)
        {
            return conversation;
        }
        var handingOver = conversation.OwnerId is not null && next.Id != agent.Id;
        if (handingOver && string.IsNullOrWhiteSpace(input.Note))
        {
            return Problem.Invalid("note", $"Write a note for {next.Name}: what the customer wants, what was done, what is promised. They read it first, so the customer never repeats themselves.");
        }
        var now = clock.GetUtcNow();
        var from = conversation.OwnerName ?? agent.Name;
        conversation.OwnerId = next.Id;
        conversation.OwnerName = next.Name;
        conversation.Team = string.IsNullOrWhiteSpace(input.Team) ? conversation.Team : input.Team.Trim();
        if (!string.IsNullOrWhiteSpace(input.Note))
        {
            conversation.HandOffNote = input.Note.Trim();
            conversation.HandOffFrom = agent.Name;
            conversation.HandOffAt = now;
            conversation.HandOffReadAt = null;
            AddEntry(conversation, EntryKind.HandOff, $"{from} → {next.Name}: {input.Note.Trim()}", agent, now);
        }
        else
        {
            AddEntry(conversation, EntryKind.Event, $"owner={next.Name}", agent, now);
        }
        await SaveAndTellAsync(conversation, handingOver ? ChangeKind.HandedOff : ChangeKind.Assigned, null, ct);
        return conversation;
    }

    /// <summary>The new owner has read the hand-off note; it stops being shown first.</summary>
    public async Task<Outcome<Conversation>> MarkHandOffReadAsync(Guid id, Agent agent, CancellationToken ct = default)
    {
        if (await FindAsync(id, ct) is not { } conversation)
        {
            return Missing(id);
        }
        if (conversation.OwnerId == agent.Id && conversation.HandOffNote is not null && conversation.HandOffReadAt is null)
        {
            conversation.HandOffReadAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }
        return conversation;
    }

    public async Task<Outcome<Conversation>> ChangeAsync(Guid id, ConversationChanges changes, Agent agent, CancellationToken ct = default)
    {
        var errors = ConversationEdits.Validate(changes);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (await FindAsync(id, ct) is not { } conversation)
        {
            return Missing(id);
        }
        Apply(conversation, changes, agent, clock.GetUtcNow());
        await SaveAndTellAsync(conversation, ChangeKind.Updated, null, ct);
        return conversation;
    }

    /// <summary>One change to many conversations at once, all or nothing.</summary>
    public async Task<Outcome<BulkResult>> BulkAsync(BulkInput input, Agent agent, CancellationToken ct = default)
    {
        var errors = input.Changes is null ? new FieldErrors() : ConversationEdits.Validate(input.Changes);
        if (input.Ids is not { Count: > 0 } || input.Ids.Count > 500)
        {
            errors.Add("ids", "Pick between 1 and 500 conversations.");
        }
        if (input.AssignToMe == true && input.Unassign == true)
        {
            errors.Add("assignToMe", "Choose either assign to me or unassign, not both.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var ids = input.Ids!.Distinct().ToList();
        var found = await db.Set<Conversation>().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var conversation in found)
        {
            if (input.Changes is { } changes)
            {
                Apply(conversation, changes, agent, now);
            }
            if (input.AssignToMe == true && conversation.OwnerId != agent.Id)
            {
                (conversation.OwnerId, conversation.OwnerName) = (agent.Id, agent.Name);
                AddEntry(conversation, EntryKind.Event, $"owner={agent.Name}", agent, now);
            }
            if (input.Unassign == true && conversation.OwnerId is not null)
            {
                (conversation.OwnerId, conversation.OwnerName) = (null, null);
                AddEntry(conversation, EntryKind.Event, "owner=", agent, now);
            }
            conversation.UpdatedAt = now;
        }
        await schedule.KeepInStepAsync(found, now, ct);
        await db.SaveChangesAsync(ct);
        foreach (var conversation in found)
        {
            await bus.PublishAsync(new ConversationChanged(conversation.Id, conversation.CustomerId, ChangeKind.Updated, null, conversation.OwnerId), ct);
        }
        return new BulkResult(found.Count, ids.Except(found.Select(c => c.Id)).ToList());
    }

    private void Apply(Conversation conversation, ConversationChanges changes, Agent agent, DateTimeOffset now)
    {
        if (changes.Status is { } status)
        {
            SetStatus(conversation, status, agent, now);
        }
        if (changes.Priority is { } priority && priority != conversation.Priority)
        {
            conversation.Priority = priority;
            AddEntry(conversation, EntryKind.Event, $"priority={priority}", agent, now);
        }
        if (changes.Team is { } team)
        {
            conversation.Team = team.Trim().Length == 0 ? null : team.Trim();
        }
        if (changes.Tags is { } tags)
        {
            conversation.Tags = ConversationEdits.JoinTags(tags);
        }
        if (changes.AddTags is { } more)
        {
            conversation.Tags = ConversationEdits.JoinTags(conversation.TagList.Concat(more));
        }
        if (changes.ClearFollowUp)
        {
            conversation.FollowUpAt = null;
        }
        else if (changes.FollowUpAt is { } followUp)
        {
            conversation.FollowUpAt = followUp.ToUniversalTime();
        }
        conversation.UpdatedAt = now;
    }

    private void SetStatus(Conversation conversation, ConversationStatus status, Agent agent, DateTimeOffset now)
    {
        if (status == conversation.Status)
        {
            return;
        }
        conversation.Status = status;
        if (!conversation.IsActive || status == ConversationStatus.PendingCustomer)
        {
            conversation.NextUpdateDueAt = null;
            conversation.WaitingSince = null;
        }
        AddEntry(conversation, EntryKind.Event, $"status={status}", agent, now);
    }

    private ConversationEntry AddEntry(Conversation conversation, EntryKind kind, string text, Agent agent, DateTimeOffset now)
    {
        var entry = new ConversationEntry
        {
            ConversationId = conversation.Id,
            Kind = kind,
            Channel = conversation.Channel,
            At = Stamp(now),
            AuthorId = agent.Id,
            AuthorName = agent.Name,
            Text = text,
        };
        db.Add(entry);
        conversation.UpdatedAt = now;
        return entry;
    }

    /// <summary>Entries written by one action keep their order in the history: each is at least a microsecond after the last.</summary>
    private DateTimeOffset Stamp(DateTimeOffset now)
    {
        lastStamp = now > lastStamp ? now : lastStamp.AddTicks(10);
        return lastStamp;
    }

    private Task<Conversation?> FindAsync(Guid id, CancellationToken ct) => db.Set<Conversation>().FirstOrDefaultAsync(c => c.Id == id, ct);

    private async Task SaveAndTellAsync(Conversation conversation, ChangeKind kind, Guid? entryId, CancellationToken ct)
    {
        await schedule.KeepInStepAsync(conversation, clock.GetUtcNow(), ct: ct);
        await db.SaveChangesAsync(ct);
        await bus.PublishAsync(new ConversationChanged(conversation.Id, conversation.CustomerId, kind, entryId, conversation.OwnerId), ct);
    }

    private static Problem Missing(Guid id) => Problem.NotFound($"No conversation with id {id}.");
}
