using Exceed.Core.Common;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Exceed.Core.Deadlines;
using Exceed.Core.Recognition;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Conversations;

/// <summary>
/// Stores many waiting messages in one save: one look-up per kind of question for the whole batch (dedupe keys,
/// identities, open conversations, deadlines), then one transaction. Answers each message as
/// <see cref="ContactIntake"/> would have, one after another in arrival order.
/// </summary>
public sealed class IntakeBatch(ExceedDb db, ContactIntake intake, IdentityNormalizer normalizer, DeadlineSchedule schedule, HotQueries queries, DatabaseSettings settings, TimeProvider clock)
{
    private static readonly Type[] ChangedByRowWriter = [typeof(Conversation), typeof(Deadline)];
    private static readonly Type[] NewByRowWriter = [typeof(Deadline)];

    /// <summary>Builds the batch's changes and saves them; throws if the save fails, leaving the caller to retry one by one.</summary>
    public async Task<BatchOutcome> StoreAsync(IReadOnlyList<InboundMessage> messages, CancellationToken ct)
    {
        // One connection for the batch's look-ups and its save, rather than one taken from the pool (and reset) per query.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await StoreOpenAsync(messages, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<BatchOutcome> StoreOpenAsync(IReadOnlyList<InboundMessage> messages, CancellationToken ct)
    {
        var answers = new Outcome<IntakeResult>?[messages.Count];
        var repeats = new Dictionary<int, int>();
        var valid = Validate(messages, answers);
        var seen = await StoredBeforeAsync(valid.Select(i => messages[i].DedupeKey), ct);
        var customers = await CustomersAsync(valid.Select(i => messages[i]), ct);
        var survivors = new Dictionary<Guid, Guid>();
        foreach (var given in valid.Select(i => messages[i].CustomerId).OfType<Guid>().Distinct())
        {
            survivors[given] = await intake.SurvivorAsync(given, ct);
        }
        // PostgreSQL runs several batches at once (IntakeQueue's lanes, other nodes): from here to the commit, a batch holds
        // its customers and threads, so two batches never both find no open conversation and both start one.
        Guid[] known = [.. customers.Values, .. survivors.Values];
        await using var held = settings.IsPostgres ? await db.Database.BeginTransactionAsync(ct) : null;
        if (held is not null)
        {
            await IntakeLocks.HoldAsync(db, known, valid.Select(i => messages[i]), ct);
        }
        var open = await OpenConversationsAsync(valid.Select(i => messages[i]), known, ct);
        var firstOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var stored = new List<StoredMessage>();
        var rows = new NewRows();
        var newCustomers = new Dictionary<(IdentityKind, string), Guid>();
        foreach (var i in valid)
        {
            var message = messages[i];
            if (message.DedupeKey is { } key)
            {
                if (seen.TryGetValue(key, out var before))
                {
                    answers[i] = before;
                    continue;
                }
                if (firstOfKey.TryGetValue(key, out var first))
                {
                    repeats[i] = first;
                    continue;
                }
            }
            var now = clock.GetUtcNow();
            var (customerId, problem) = CustomerOf(message, customers, survivors, newCustomers, now);
            if (problem is not null)
            {
                answers[i] = problem;
                continue;
            }
            var conversation = message.InReplyTo.Count > 0 ? await intake.FindConversationAsync(message, customerId, ct) : null;
            conversation ??= FindOpen(open, message, customerId);
            var isNew = conversation is null;
            if (conversation is null)
            {
                conversation = intake.Start(message, customerId, now);
                open.Add(conversation);
            }
            var entry = intake.Record(conversation, message, customerId, isNew, now, rows);
            stored.Add(new StoredMessage(i, conversation, entry, customerId, isNew));
            if (message.DedupeKey is { } storedKey)
            {
                firstOfKey[storedKey] = i;
            }
        }
        await KeepDeadlinesInStepAsync(stored, ct);
        await using (var owned = held is null ? await db.Database.BeginTransactionAsync(ct) : null)
        {
            // EF first: the new customers and conversations the message rows refer to; the changed conversations and
            // the deadlines (a batch touches one row of each per message) by prepared statements after it.
            await RowWriter.SaveAsync(db, ChangedByRowWriter, NewByRowWriter, [rows.Entries, rows.Documents], ct);
            await (held ?? owned!).CommitAsync(ct);
        }
        foreach (var s in stored)
        {
            answers[s.Index] = new IntakeResult(s.Conversation.Id, s.Entry.Id, s.CustomerId, false, s.IsNew);
        }
        foreach (var (repeat, first) in repeats)
        {
            var original = answers[first]!.Value.Value!;
            answers[repeat] = original with { Duplicate = true, NewConversation = false };
        }
        return new BatchOutcome([.. answers.Select(a => a!.Value)], stored);
    }

    private static List<int> Validate(IReadOnlyList<InboundMessage> messages, Outcome<IntakeResult>?[] answers)
    {
        var valid = new List<int>();
        for (var i = 0; i < messages.Count; i++)
        {
            var errors = MessageRules.Validate(messages[i]);
            if (errors.Any)
            {
                answers[i] = errors.ToProblem();
            }
            else
            {
                valid.Add(i);
            }
        }
        return valid;
    }

    private async Task<Dictionary<string, IntakeResult>> StoredBeforeAsync(IEnumerable<string?> dedupeKeys, CancellationToken ct)
    {
        var keys = dedupeKeys.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            return [];
        }
        var found = new Dictionary<string, IntakeResult>(StringComparer.Ordinal);
        await foreach (var f in queries.EntriesByDedupeKey(db, keys).WithCancellation(ct))
        {
            found[f.DedupeKey] = new IntakeResult(f.ConversationId, f.EntryId, f.CustomerId, true, false);
        }
        return found;
    }

    /// <summary>Known senders of the batch: (kind, normalised value) → the record that survived any merge.</summary>
    private async Task<Dictionary<(IdentityKind, string), Guid>> CustomersAsync(IEnumerable<InboundMessage> messages, CancellationToken ct)
    {
        var identities = messages.Where(m => m.CustomerId is null && m.FromKind is not null && !string.IsNullOrWhiteSpace(m.FromValue))
            .Select(m => (Kind: m.FromKind!.Value, Value: normalizer.Normalize(m.FromKind!.Value, m.FromValue!)))
            .Where(n => n.Value.IsValid).Select(n => (n.Kind, n.Value.Value)).Distinct().ToList();
        var known = new Dictionary<(IdentityKind, string), Guid>();
        var merged = new HashSet<Guid>();
        // One query per kind (a batch is nearly always one): the (Kind, Value) index is searched, not scanned.
        foreach (var sameKind in identities.GroupBy(i => i.Kind))
        {
            var kind = sameKind.Key;
            var values = sameKind.Select(i => i.Value).ToList();
            // Whether the owner was merged away comes with it, so the common case (no merge) costs no second query.
            await foreach (var owner in queries.OwnersOf(db, kind, values).WithCancellation(ct))
            {
                known[(kind, owner.Value)] = owner.CustomerId;
                if (owner.Merged)
                {
                    merged.Add(owner.CustomerId);
                }
            }
        }
        foreach (var id in merged)
        {
            var survivor = await intake.SurvivorAsync(id, ct);
            foreach (var identity in known.Where(k => k.Value == id).Select(k => k.Key).ToList())
            {
                known[identity] = survivor;
            }
        }
        return known;
    }

    private (Guid? Id, Problem? Problem) CustomerOf(InboundMessage message, Dictionary<(IdentityKind, string), Guid> known,
        Dictionary<Guid, Guid> survivors, Dictionary<(IdentityKind, string), Guid> created, DateTimeOffset now)
    {
        if (message.CustomerId is { } given)
        {
            return (survivors[given], null);
        }
        if (message.FromKind is not { } kind || string.IsNullOrWhiteSpace(message.FromValue) || normalizer.Normalize(kind, message.FromValue) is not { IsValid: true } value)
        {
            return (null, null);
        }
        if (known.TryGetValue((kind, value.Value), out var id) || created.TryGetValue((kind, value.Value), out id))
        {
            return (id, null);
        }
        var built = intake.CreateCustomer(message, kind, now);
        if (built.Customer is not { } customer)
        {
            return (null, built.Errors.ToProblem());
        }
        created[(kind, value.Value)] = customer.Id;
        return (customer.Id, null);
    }

    /// <summary>Every open conversation a message of the batch could continue, tracked so the batch can update it.</summary>
    private async Task<List<Conversation>> OpenConversationsAsync(IEnumerable<InboundMessage> messages, IEnumerable<Guid> knownCustomers, CancellationToken ct)
    {
        var customers = knownCustomers.Distinct().ToList();
        var open = new List<Conversation>();
        // Per channel, so the (Channel, ChannelId, ThreadKey) index is searched, not scanned.
        foreach (var sameChannel in messages.Where(m => m.ThreadKey is not null).GroupBy(m => (m.Channel, m.ChannelId)))
        {
            var (channel, channelId) = sameChannel.Key;
            var threads = sameChannel.Select(m => m.ThreadKey!).Distinct().ToList();
            open.AddRange(await queries.OpenThreads(db, channel, channelId, threads).ToListAsync(ct));
        }
        if (customers.Count > 0)
        {
            open.AddRange(await queries.OpenOfCustomers(db, customers).ToListAsync(ct));
        }
        return [.. open.Distinct()];
    }

    /// <summary>The same choice as <see cref="ContactIntake"/>'s look-up, made over the batch's open conversations.</summary>
    private static Conversation? FindOpen(List<Conversation> open, InboundMessage message, Guid? customerId)
    {
        if (message.ThreadKey is { } threadKey)
        {
            return open.Where(c => c.Channel == message.Channel && c.ChannelId == message.ChannelId && c.ThreadKey == threadKey && c.Status != ConversationStatus.Closed)
                .MaxBy(c => c.LastMessageAt);
        }
        if (customerId is { } customer && message.ContinuesOpenConversation)
        {
            return open.Where(c => c.CustomerId == customer && c.Channel == message.Channel && c.ChannelId == message.ChannelId && c.Status != ConversationStatus.Closed)
                .MaxBy(c => c.LastMessageAt);
        }
        return null;
    }

    private async Task KeepDeadlinesInStepAsync(List<StoredMessage> stored, CancellationToken ct)
    {
        if (stored.Count == 0)
        {
            return;
        }
        var now = clock.GetUtcNow();
        var created = stored.Where(s => s.IsNew).Select(s => s.Conversation).ToHashSet();
        foreach (var conversation in created)
        {
            await schedule.KeepInStepAsync(conversation, now, isNew: true, ct);
        }
        var continued = stored.Select(s => s.Conversation).Where(c => !created.Contains(c)).Distinct().ToList();
        if (continued.Count > 0)
        {
            await schedule.KeepInStepAsync(continued, now, ct);
        }
    }
}

public sealed record StoredMessage(int Index, Conversation Conversation, ConversationEntry Entry, Guid? CustomerId, bool IsNew);

public sealed record BatchOutcome(IReadOnlyList<Outcome<IntakeResult>> Answers, IReadOnlyList<StoredMessage> Stored);
