using Exceed.Core.Audit;
using Exceed.Core.Common;
using Exceed.Core.Data;
using Exceed.Core.Recognition;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Customers;

/// <summary>Creating, reading, changing and finding customers; every change is audited in the same save.</summary>
public sealed class CustomerService(ExceedDb db, CustomerFactory factory, AuditLog audit, CustomerDocuments documents, TimeProvider clock)
{
    public async Task<Outcome<Customer>> CreateAsync(CustomerInput input, string actor, CancellationToken ct = default)
    {
        var (customer, errors) = factory.Build(input, clock.GetUtcNow(), actor);
        if (customer is null)
        {
            return errors.ToProblem();
        }
        if (await FindOwnerConflictAsync(customer.Identities, null, ct) is { } conflict)
        {
            return conflict;
        }
        db.Customers.Add(customer);
        documents.IndexNew(customer);
        audit.Record(actor, "customer.created", customer.DisplayName, customer.Id,
            new { identities = customer.Identities.Select(i => $"{i.Kind}:{i.Value}") });
        return await SaveAsync(customer, ct);
    }

    /// <summary>A customer with everything we remember about them; null if unknown, erased or merged away.</summary>
    public Task<Customer?> GetAsync(Guid id, CancellationToken ct = default) =>
        db.Customers.AsSplitQuery()
            .Include(c => c.Identities).Include(c => c.Preferences).Include(c => c.ImportantDates)
            .Include(c => c.Purchases).Include(c => c.WishItems).Include(c => c.Notes)
            .FirstOrDefaultAsync(c => c.Id == id && c.MergedIntoId == null && c.ErasedAt == null, ct);

    public async Task<Outcome<Customer>> UpdateProfileAsync(Guid id, CustomerInput input, string actor, CancellationToken ct = default)
    {
        var customer = await GetAsync(id, ct);
        if (customer is null)
        {
            return Problem.NotFound($"No customer with id {id}.");
        }
        var errors = new FieldErrors();
        if (input.DisplayName is not null)
        {
            errors.Require("displayName", input.DisplayName, "Name", 200);
        }
        CustomerFactory.ValidateProfile(input, errors);
        if (input.Identities is not null || input.Preferences is not null || input.ImportantDates is not null
            || input.Purchases is not null || input.WishItems is not null || input.Notes is not null)
        {
            errors.Add("body", "PATCH changes profile fields only; add identities, preferences, dates, purchases, wishes and notes with POST /api/v1/customers/{id}/<part>.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var before = Profile(customer);
        if (input.DisplayName is not null) { customer.DisplayName = input.DisplayName.Trim(); }
        if (input.FamilyName is not null) { customer.FamilyName = input.FamilyName.Trim() is { Length: > 0 } f ? f : null; }
        if (input.Salutation is { } s) { customer.Salutation = s; }
        if (input.Language is not null) { customer.Language = Languages.Match(input.Language)!; }
        if (input.Type is { } t) { customer.Type = t; }
        if (input.LoyaltyStage is { } stage) { customer.LoyaltyStage = stage; }
        if (input.Tags is not null) { customer.Tags = CustomerFactory.JoinTags(input.Tags); }
        customer.UpdatedAt = clock.GetUtcNow();
        audit.Record(actor, "customer.updated", customer.DisplayName, customer.Id, new { before, after = Profile(customer) });
        await documents.RefreshAsync(customer.Id, ct);
        await db.SaveChangesAsync(ct);
        return customer;
    }

    public async Task<Outcome<CustomerIdentity>> AddIdentityAsync(Guid id, IdentityInput input, string actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var identity = factory.BuildIdentity(input, "", errors);
        if (identity is null)
        {
            return Problem.Invalid("value", string.Join(" ", errors.ToProblem().Errors!.Values.SelectMany(v => v)));
        }
        if (await FindOwnerConflictAsync([identity], id, ct) is { } conflict)
        {
            return conflict;
        }
        return await AddPartAsync(id, identity, actor, "identity.added", $"{identity.Kind}:{identity.Value}", ct);
    }

    public Task<Outcome<Preference>> AddPreferenceAsync(Guid id, PreferenceInput input, string actor, CancellationToken ct = default) =>
        AddValidatedAsync(id, errors => CustomerFactory.BuildPreference(input, "text", errors), actor, "preference.added", p => $"{p.Kind}: {p.Text}", ct);

    public Task<Outcome<ImportantDate>> AddDateAsync(Guid id, DateInput input, string actor, CancellationToken ct = default) =>
        AddValidatedAsync(id, errors => CustomerFactory.BuildDate(input, "date", errors), actor, "date.added", d => $"{d.Kind} {d.Month}/{d.Day}", ct);

    public Task<Outcome<Purchase>> AddPurchaseAsync(Guid id, PurchaseInput input, string actor, CancellationToken ct = default) =>
        AddValidatedAsync(id, errors => CustomerFactory.BuildPurchase(input, "purchase", clock.GetUtcNow(), errors), actor, "purchase.added", p => $"{p.Item} {p.Amount} {p.Currency}", ct);

    public Task<Outcome<WishItem>> AddWishAsync(Guid id, WishInput input, string actor, CancellationToken ct = default) =>
        AddValidatedAsync(id, errors => CustomerFactory.BuildWish(input, "wish", clock.GetUtcNow(), errors), actor, "wish.added", w => w.Item, ct);

    public Task<Outcome<CustomerNote>> AddNoteAsync(Guid id, string? text, string actor, CancellationToken ct = default) =>
        AddValidatedAsync(id, errors => CustomerFactory.BuildNote(text, "text", clock.GetUtcNow(), actor, errors), actor, "note.added", n => n.Text, ct);

    /// <summary>Removes one remembered item (identity, preference, date, purchase, wish or note) of a customer.</summary>
    public async Task<Outcome<bool>> RemovePartAsync(Guid id, CustomerPart part, Guid partId, string actor, CancellationToken ct = default)
    {
        var customer = await GetAsync(id, ct);
        if (customer is null)
        {
            return Problem.NotFound($"No customer with id {id}.");
        }
        object? removed = part switch
        {
            CustomerPart.Identities => customer.Identities.FirstOrDefault(x => x.Id == partId),
            CustomerPart.Preferences => customer.Preferences.FirstOrDefault(x => x.Id == partId),
            CustomerPart.Dates => customer.ImportantDates.FirstOrDefault(x => x.Id == partId),
            CustomerPart.Purchases => customer.Purchases.FirstOrDefault(x => x.Id == partId),
            CustomerPart.Wishes => customer.WishItems.FirstOrDefault(x => x.Id == partId),
            CustomerPart.Notes => customer.Notes.FirstOrDefault(x => x.Id == partId),
            _ => null,
        };
        if (removed is null)
        {
            return Problem.NotFound($"Customer {customer.DisplayName} has no {part.ToString().ToLowerInvariant()} entry {partId}.");
        }
        db.Remove(removed);
        customer.UpdatedAt = clock.GetUtcNow();
        audit.Record(actor, $"{part.ToString().ToLowerInvariant()}.removed", customer.DisplayName, customer.Id, removed);
        await documents.RefreshAsync(customer.Id, ct);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<Outcome<WishItem>> FulfilWishAsync(Guid id, Guid wishId, string actor, CancellationToken ct = default)
    {
        var wish = await db.WishItems.FirstOrDefaultAsync(w => w.Id == wishId && w.CustomerId == id, ct);
        if (wish is null)
        {
            return Problem.NotFound($"No wished item {wishId} for customer {id}.");
        }
        if (wish.FulfilledAt is not null)
        {
            return wish;
        }
        wish.FulfilledAt = clock.GetUtcNow();
        audit.Record(actor, "wish.fulfilled", wish.Item, id);
        await db.SaveChangesAsync(ct);
        return wish;
    }

    private async Task<Problem?> FindOwnerConflictAsync(IEnumerable<CustomerIdentity> identities, Guid? self, CancellationToken ct)
    {
        foreach (var identity in identities)
        {
            var owner = await db.Identities.AsNoTracking()
                .Where(i => i.Kind == identity.Kind && i.Value == identity.Value)
                .Join(db.Customers, i => i.CustomerId, c => c.Id, (i, c) => new { c.Id, c.DisplayName })
                .FirstOrDefaultAsync(ct);
            if (owner is not null && owner.Id == self)
            {
                return Problem.Conflict($"{owner.DisplayName} already has {IdentityNormalizer.Describe(identity.Kind)} {identity.Value}.");
            }
            if (owner is not null)
            {
                return Problem.Conflict($"{IdentityNormalizer.Describe(identity.Kind)} {identity.Value} already belongs to {owner.DisplayName} ({owner.Id}); open that customer instead of creating a second one.");
            }
        }
        return null;
    }

    private async Task<Outcome<T>> AddValidatedAsync<T>(Guid id, Func<FieldErrors, T?> build, string actor, string action, Func<T, string> describe, CancellationToken ct)
        where T : class
    {
        var errors = new FieldErrors();
        var part = build(errors);
        if (part is null || errors.Any)
        {
            return errors.ToProblem();
        }
        return await AddPartAsync(id, part, actor, action, describe(part), ct);
    }

    private async Task<Outcome<T>> AddPartAsync<T>(Guid id, T part, string actor, string action, string description, CancellationToken ct)
        where T : class
    {
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == id && c.MergedIntoId == null && c.ErasedAt == null, ct);
        if (customer is null)
        {
            return Problem.NotFound($"No customer with id {id}.");
        }
        SetOwner(part, customer.Id);
        db.Add(part);
        customer.UpdatedAt = clock.GetUtcNow();
        audit.Record(actor, action, customer.DisplayName, customer.Id, new { description });
        await documents.RefreshAsync(customer.Id, ct);
        return await SaveAsync(part, ct);
    }

    /// <summary>Saves; a phone or email saved by someone else a moment ago is a conflict, not a crash.</summary>
    private async Task<Outcome<T>> SaveAsync<T>(T saved, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return saved;
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return Problem.Conflict("One of these identities was saved for another customer a moment ago; search for it and open that customer instead.");
        }
    }

    private static void SetOwner(object part, Guid customerId)
    {
        switch (part)
        {
            case Preference p: p.CustomerId = customerId; break;
            case ImportantDate d: d.CustomerId = customerId; break;
            case Purchase p: p.CustomerId = customerId; break;
            case WishItem w: w.CustomerId = customerId; break;
            case CustomerNote n: n.CustomerId = customerId; break;
            case CustomerIdentity i: i.CustomerId = customerId; break;
        }
    }

    private static object Profile(Customer c) => new { c.DisplayName, c.FamilyName, c.Salutation, c.Language, c.Type, c.LoyaltyStage, c.Tags };
}


public enum CustomerPart { Identities, Preferences, Dates, Purchases, Wishes, Notes }
