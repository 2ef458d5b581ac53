using Exceed.Core.Audit;
using Exceed.Core.Common;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Exceed.Core.Deadlines;
using Exceed.Core.Events;
using Exceed.Core.Recognition;
using Exceed.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Conversations;

/// <summary>The one door every channel comes in by: recognise the sender, find or start the conversation, store the message once.</summary>
public sealed class ContactIntake(ExceedDb db, IdentityNormalizer normalizer, CustomerFactory factory, AuditLog audit,
    ConversationClock deadlines, DeadlineSchedule schedule, WriteGate writes, SearchIndex search, CustomerDocuments documents, IEventBus bus,
    HotQueries queries, DatabaseSettings settings, TimeProvider clock)
{
    public async Task<Outcome<IntakeResult>> ReceiveAsync(InboundMessage message, CancellationToken ct = default)
    {
        try
        {
            return await writes.RunAsync(() => ReceiveOnceAsync(message, ct), ct);
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            // Two first messages from one new sender raced to create them (several nodes): the second now finds the first.
            db.ChangeTracker.Clear();
            return await writes.RunAsync(() => ReceiveOnceAsync(message, ct), ct);
        }
    }

    private async Task<Outcome<IntakeResult>> ReceiveOnceAsync(InboundMessage message, CancellationToken ct)
    {
        var errors = MessageRules.Validate(message);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (message.DedupeKey is { } key && await ExistingAsync(key, ct) is { } seen)
        {
            return seen;
        }
        var now = clock.GetUtcNow();
        var (customerId, newCustomer) = await ResolveCustomerAsync(message, now, ct);
        if (newCustomer is { Customer: null })
        {
            return newCustomer.Value.Errors.ToProblem();
        }
        // On PostgreSQL, as a group-commit batch does: hold the customer and thread from the look-up to the commit.
        await using var held = settings.IsPostgres && db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        if (settings.IsPostgres)
        {
            await IntakeLocks.HoldAsync(db, newCustomer is null && customerId is { } existing ? [existing] : [], [message], ct);
        }
        var conversation = await FindConversationAsync(message, customerId, ct);
        var isNew = conversation is null;
        conversation ??= Start(message, customerId, now);
        var entry = Record(conversation, message, customerId, isNew, now);
        await schedule.KeepInStepAsync(conversation, now, isNew, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            if (held is not null)
            {
                await held.CommitAsync(ct);
            }
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation() && message.DedupeKey is not null)
        {
            // Another request stored the same message a moment earlier: answer as the retry it is (after the failed
            // transaction is undone, which PostgreSQL requires before the next query).
            if (held is not null)
            {
                await held.RollbackAsync(ct);
            }
            db.ChangeTracker.Clear();
            if (await ExistingAsync(message.DedupeKey, ct) is { } first)
            {
                return first;
            }
            throw;
        }
        var kind = isNew ? ChangeKind.Created : ChangeKind.CustomerWrote;
        await bus.PublishAsync(new ConversationChanged(conversation.Id, customerId, kind, entry.Id, conversation.OwnerId), ct);
        return new IntakeResult(conversation.Id, entry.Id, customerId, false, isNew);
    }

    /// <summary>Adds the message's entry to its conversation with its search documents; deadlines are the caller's next step.</summary>
    /// <remarks>
    /// With <paramref name="rows"/>, an entry without attachments and the search documents are handed to the caller, who
    /// writes them after the context's save in the same transaction (<see cref="IntakeBatch"/>); otherwise the context saves them.
    /// </remarks>
    internal ConversationEntry Record(Conversation conversation, InboundMessage message, Guid? customerId, bool isNew, DateTimeOffset now, NewRows? rows = null)
    {
        var entry = MessageRules.ToEntry(message, conversation.Id, now);
        if (rows is not null && entry.Attachments.Count == 0)
        {
            rows.Entries.Add(entry);
        }
        else
        {
            db.Add(entry);
        }
        Apply(conversation, entry, message, now);
        if (isNew)
        {
            Index(new SearchEntry(SearchKind.Conversation, conversation.Id, customerId, conversation.Id, conversation.Subject, now), rows);
        }
        if (entry.Text.Length > 0)
        {
            Index(new SearchEntry(SearchKind.Message, entry.Id, customerId, conversation.Id, entry.Text, now), rows);
        }
        return entry;
    }

    private void Index(SearchEntry entry, NewRows? rows)
    {
        if (rows is null)
        {
            search.IndexNew(entry);
        }
        else
        {
            rows.Documents.Add(SearchIndex.Document(entry));
        }
    }

    private async Task<IntakeResult?> ExistingAsync(string dedupeKey, CancellationToken ct) =>
        await queries.EntriesByDedupeKey(db, [dedupeKey]).Select(f => new IntakeResult(f.ConversationId, f.EntryId, f.CustomerId, true, false))
            .FirstOrDefaultAsync(ct);

    private async Task<(Guid? Id, (Customer? Customer, FieldErrors Errors)? Created)> ResolveCustomerAsync(InboundMessage message, DateTimeOffset now, CancellationToken ct)
    {
        if (message.CustomerId is { } known)
        {
            return (await SurvivorAsync(known, ct), null);
        }
        if (message.FromKind is not { } kind || string.IsNullOrWhiteSpace(message.FromValue))
        {
            return (null, null);
        }
        var value = normalizer.Normalize(kind, message.FromValue);
        if (!value.IsValid)
        {
            return (null, null);
        }
        var owner = await db.Identities.AsNoTracking().Where(i => i.Kind == kind && i.Value == value.Value).Select(i => (Guid?)i.CustomerId).FirstOrDefaultAsync(ct);
        if (owner is { } id)
        {
            return (await SurvivorAsync(id, ct), null);
        }
        var built = CreateCustomer(message, kind, now);
        return (built.Customer?.Id, built);
    }

    /// <summary>A sender no record knows yet becomes a customer, indexed and audited in the same save.</summary>
    internal (Customer? Customer, FieldErrors Errors) CreateCustomer(InboundMessage message, IdentityKind kind, DateTimeOffset now)
    {
        var input = new CustomerInput
        {
            DisplayName = string.IsNullOrWhiteSpace(message.SenderName) ? message.FromValue!.Trim() : message.SenderName.Trim(),
            Language = LanguageGuess.Of(message.Text),
            Identities = [new IdentityInput(kind, message.FromValue)],
        };
        var built = factory.Build(input, now, $"channel:{message.Channel.ToString().ToLowerInvariant()}");
        if (built.Customer is { } customer)
        {
            db.Customers.Add(customer);
            documents.IndexNew(customer);
            audit.Record(built.Customer.Identities[0].Kind + " " + message.Channel.ToString().ToLowerInvariant() + " contact", "customer.created", customer.DisplayName, customer.Id, new { channel = message.Channel.ToString() });
        }
        return built;
    }

    /// <summary>A message from an identity of a merged-away record belongs to the record that survived.</summary>
    internal async Task<Guid> SurvivorAsync(Guid id, CancellationToken ct)
    {
        for (var hops = 0; hops < 20; hops++)
        {
            var next = await db.Customers.AsNoTracking().Where(c => c.Id == id).Select(c => c.MergedIntoId).FirstOrDefaultAsync(ct);
            if (next is not { } survivor)
            {
                return id;
            }
            id = survivor;
        }
        return id;
    }

    internal async Task<Conversation?> FindConversationAsync(InboundMessage message, Guid? customerId, CancellationToken ct)
    {
        var conversations = db.Set<Conversation>();
        if (message.InReplyTo.Count > 0)
        {
            var ids = message.InReplyTo.Take(50).ToList();
            var answered = await db.Set<ConversationEntry>().AsNoTracking().Where(e => e.MessageId != null && ids.Contains(e.MessageId))
                .Select(e => (Guid?)e.ConversationId).FirstOrDefaultAsync(ct);
            if (answered is { } id && await conversations.FirstOrDefaultAsync(c => c.Id == id && c.Status != ConversationStatus.Closed, ct) is { } thread)
            {
                return thread;
            }
        }
        if (message.ThreadKey is { } threadKey)
        {
            return await conversations.Where(c => c.Channel == message.Channel && c.ChannelId == message.ChannelId && c.ThreadKey == threadKey && c.Status != ConversationStatus.Closed)
                .OrderByDescending(c => c.LastMessageAt).FirstOrDefaultAsync(ct);
        }
        if (customerId is { } customer && message.ContinuesOpenConversation)
        {
            return await conversations.Where(c => c.CustomerId == customer && c.Channel == message.Channel && c.ChannelId == message.ChannelId && c.Status != ConversationStatus.Closed)
                .OrderByDescending(c => c.LastMessageAt).FirstOrDefaultAsync(ct);
        }
        return null;
    }

    internal Conversation Start(InboundMessage message, Guid? customerId, DateTimeOffset now)
    {
        var conversation = new Conversation
        {
            CustomerId = customerId,
            Channel = message.Channel,
            ChannelId = message.ChannelId,
            ThreadKey = message.ThreadKey,
            Subject = MessageRules.SubjectOf(message),
            CreatedAt = now,
            FirstResponseDueAt = deadlines.FirstResponseDue(now),
        };
        db.Add(conversation);
        return conversation;
    }

    private void Apply(Conversation conversation, ConversationEntry entry, InboundMessage message, DateTimeOffset now)
    {
        conversation.UpdatedAt = now;
        conversation.LastMessageAt = now;
        conversation.Preview = MessageRules.Preview(entry);
        if (conversation.Status is ConversationStatus.Solved or ConversationStatus.PendingCustomer)
        {
            conversation.Status = ConversationStatus.Open;
        }
        if (message.Kind == EntryKind.CustomerMessage || message.Kind == EntryKind.Call)
        {
            conversation.WaitingSince ??= now;
            conversation.NextUpdateDueAt ??= deadlines.UpdateDue(now);
        }
    }
}

/// <summary>New message rows a batch writes itself, after the context's save and in its transaction.</summary>
internal sealed class NewRows
{
    public List<ConversationEntry> Entries { get; } = [];
    public List<SearchDocument> Documents { get; } = [];
}
