using System.Text.Json;
using Exceed.Core.Audit;
using Exceed.Core.Common;
using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Customers.Duplicates;

/// <summary>Makes two records of one person into one, losing nothing, and keeps the story of why.</summary>
public sealed class MergeService(ExceedDb db, CustomerService customers, CustomerDocuments documents, Conversations.CustomerConversations conversations, AuditLog audit, TimeProvider clock, CustomerChangeWatch changes)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Moves everything the merged record holds to the survivor in one transaction; the merged record stays, pointing at the survivor.</summary>
    public async Task<Outcome<Customer>> MergeAsync(Guid survivorId, Guid mergedId, string? reason, string actor, CancellationToken ct = default)
    {
        if (survivorId == mergedId)
        {
            return Problem.Invalid("mergeId", "A customer cannot be merged into itself; pick the other record of the pair.");
        }
        var errors = new FieldErrors();
        errors.Require("reason", reason, "A short reason why these are the same person", 1000);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var survivor = await db.Customers.FirstOrDefaultAsync(c => c.Id == survivorId, ct);
        var merged = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == mergedId, ct);
        if ((Refusal(survivor, survivorId, "keep") ?? Refusal(merged, mergedId, "merge away")) is { } refused)
        {
            return refused;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        // Both records are claimed inside the transaction, the lower id first so that two crossing merges (A into B,
        // B into A) queue instead of both succeeding; the second finds nothing to claim.
        foreach (var id in new[] { survivorId, mergedId }.Order())
        {
            var claimed = id == mergedId
                ? await db.Customers.Where(c => c.Id == mergedId && c.MergedIntoId == null && c.ErasedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.MergedIntoId, survivorId).SetProperty(c => c.UpdatedAt, now), ct)
                : await db.Customers.Where(c => c.Id == survivorId && c.MergedIntoId == null && c.ErasedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.UpdatedAt, now), ct);
            if (claimed == 0)
            {
                var who = id == mergedId ? merged!.DisplayName : survivor!.DisplayName;
                return Problem.Conflict($"{who} was merged or erased by someone else a moment ago; reload and look again.");
            }
        }
        var moved = await MoveEverythingAsync(survivorId, mergedId, ct);
        // The merged record and its parts change by bulk statements the change tracker does not see.
        await changes.TouchedAsync(db, [survivorId, mergedId], ct);
        var (filled, tagsAdded) = FillEmptyProfile(survivor!, merged!);
        moved = moved with { FilledFields = filled, TagsAdded = tagsAdded };
        survivor!.UpdatedAt = now;
        await documents.MergedAsync(survivorId, mergedId, ct);
        var why = reason!.Trim();
        db.Merges.Add(new MergeRecord
        {
            SurvivorId = survivorId,
            MergedId = mergedId,
            MergedName = merged!.DisplayName,
            Actor = actor,
            At = now,
            Reason = why,
            Moved = JsonSerializer.Serialize(moved, Json),
        });
        audit.Record(actor, "customer.merged_in", survivor.DisplayName, survivorId, new { mergedId, mergedName = merged.DisplayName, reason = why, moved });
        audit.Record(actor, "customer.merged_away", merged.DisplayName, mergedId, new { survivorId, survivorName = survivor.DisplayName, reason = why });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return (await customers.GetAsync(survivorId, ct))!;
    }

    /// <summary>Every merge that made this customer what it is (including merges into records later merged into it), and its own merge away if any; newest first.</summary>
    public async Task<List<MergeExplanation>> ExplainAsync(Guid customerId, CancellationToken ct = default)
    {
        var family = new HashSet<Guid> { customerId };
        var frontier = new List<Guid> { customerId };
        for (var depth = 0; depth < 20 && frontier.Count > 0; depth++)
        {
            var current = frontier;
            frontier = (await db.Merges.AsNoTracking().Where(m => current.Contains(m.SurvivorId)).Select(m => m.MergedId).ToListAsync(ct))
                .Where(family.Add).ToList();
        }
        var records = await db.Merges.AsNoTracking().Where(m => family.Contains(m.SurvivorId) || m.MergedId == customerId).ToListAsync(ct);
        var survivorIds = records.Select(r => r.SurvivorId).Distinct().ToList();
        var names = await db.Customers.AsNoTracking().Where(c => survivorIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.DisplayName, ct);
        return records.OrderByDescending(r => r.At).Select(r => new MergeExplanation(
            r.SurvivorId, names.GetValueOrDefault(r.SurvivorId, ""), r.MergedId, r.MergedName,
            r.Actor, r.At, r.Reason, JsonSerializer.Deserialize<MergeCounts>(r.Moved, Json))).ToList();
    }

    private static Problem? Refusal(Customer? customer, Guid id, string role) => customer switch
    {
        null => Problem.NotFound($"No customer with id {id}."),
        { ErasedAt: not null } => Problem.Conflict($"Customer {id} was erased; there is nothing left to {role}."),
        { MergedIntoId: { } into } => Problem.Conflict($"{customer.DisplayName} was already merged into customer {into}; use that customer instead."),
        _ => null,
    };

    private async Task<MergeCounts> MoveEverythingAsync(Guid to, Guid from, CancellationToken ct)
    {
        var identities = await db.Identities.Where(i => i.CustomerId == from).ExecuteUpdateAsync(s => s.SetProperty(i => i.CustomerId, to), ct);

        var knownPreferences = (await db.Preferences.Where(p => p.CustomerId == to).Select(p => new { p.Kind, p.Text }).ToListAsync(ct))
            .Select(p => (p.Kind, NameFolding.Fold(p.Text))).ToHashSet();
        var theirPreferences = await db.Preferences.Where(p => p.CustomerId == from).Select(p => new { p.Id, p.Kind, p.Text }).ToListAsync(ct);
        var newPreferences = theirPreferences.Where(p => !knownPreferences.Contains((p.Kind, NameFolding.Fold(p.Text)))).Select(p => p.Id).ToList();
        await db.Preferences.Where(p => newPreferences.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.CustomerId, to), ct);

        var knownDates = (await db.ImportantDates.Where(d => d.CustomerId == to).Select(d => new { d.Kind, d.Month, d.Day, d.Year, d.Label }).ToListAsync(ct)).ToHashSet();
        var theirDates = await db.ImportantDates.Where(d => d.CustomerId == from).Select(d => new { d.Id, Key = new { d.Kind, d.Month, d.Day, d.Year, d.Label } }).ToListAsync(ct);
        var newDates = theirDates.Where(d => !knownDates.Contains(d.Key)).Select(d => d.Id).ToList();
        await db.ImportantDates.Where(d => newDates.Contains(d.Id)).ExecuteUpdateAsync(s => s.SetProperty(d => d.CustomerId, to), ct);

        var purchases = await db.Purchases.Where(p => p.CustomerId == from).ExecuteUpdateAsync(s => s.SetProperty(p => p.CustomerId, to), ct);
        var wishes = await db.WishItems.Where(w => w.CustomerId == from).ExecuteUpdateAsync(s => s.SetProperty(w => w.CustomerId, to), ct);
        var notes = await db.Notes.Where(n => n.CustomerId == from).ExecuteUpdateAsync(s => s.SetProperty(n => n.CustomerId, to), ct);
        var calls = await db.Calls.Where(c => c.CustomerId == from).ExecuteUpdateAsync(s => s.SetProperty(c => c.CustomerId, to), ct);
        await conversations.MoveAsync(from, to, ct);
        return new MergeCounts(identities, newPreferences.Count, theirPreferences.Count - newPreferences.Count,
            newDates.Count, theirDates.Count - newDates.Count, purchases, wishes, notes, calls, [], []);
    }

    /// <summary>The survivor's profile wins; the merged record only fills what the survivor left empty.</summary>
    private static (List<string> Filled, List<string> TagsAdded) FillEmptyProfile(Customer survivor, Customer merged)
    {
        var filled = new List<string>();
        if (survivor.FamilyName is null && merged.FamilyName is { } family) { survivor.FamilyName = family; filled.Add("familyName"); }
        if (survivor.Salutation == Salutation.None && merged.Salutation != Salutation.None) { survivor.Salutation = merged.Salutation; filled.Add("salutation"); }
        if (survivor.Type == CustomerType.Unknown && merged.Type != CustomerType.Unknown) { survivor.Type = merged.Type; filled.Add("type"); }
        if (merged.LoyaltyStage > survivor.LoyaltyStage) { survivor.LoyaltyStage = merged.LoyaltyStage; filled.Add("loyaltyStage"); }
        var tagsAdded = merged.TagList.Select(t => t.ToLowerInvariant()).Except(survivor.TagList).ToList();
        var union = CustomerFactory.JoinTags(survivor.TagList.Concat(tagsAdded));
        if (tagsAdded.Count > 0 && union.Length <= 1000)
        {
            survivor.Tags = union;
        }
        return (filled, union.Length <= 1000 ? tagsAdded : []);
    }
}
