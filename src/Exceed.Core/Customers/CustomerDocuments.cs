using Exceed.Core.Data;
using Exceed.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Customers;

/// <summary>
/// How customers and their notes are found by search: a customer by name, the identities people typed and tags; a note
/// by its text. Each change to a customer calls one method here before saving, so the documents commit with it.
/// </summary>
public sealed class CustomerDocuments(ExceedDb db, SearchIndex search)
{
    /// <summary>Documents of a customer created just now (its identities and notes in memory), without a look-up.</summary>
    public void IndexNew(Customer customer)
    {
        search.IndexNew(Describe(customer, customer.Identities));
        foreach (var note in customer.Notes)
        {
            search.IndexNew(Describe(note));
        }
    }

    /// <summary>
    /// Brings the customer's documents in line with what this context holds, unsaved additions and removals included
    /// (<c>Local</c> views leave out what is marked deleted): call it after changing the profile, an identity or a note.
    /// </summary>
    public async Task RefreshAsync(Guid customerId, CancellationToken ct = default)
    {
        var customer = await db.Customers.FindAsync([customerId], ct);
        if (customer is null || customer.MergedIntoId is not null || customer.ErasedAt is not null)
        {
            return;
        }
        await db.Identities.Where(i => i.CustomerId == customerId).LoadAsync(ct);
        await db.Notes.Where(n => n.CustomerId == customerId).LoadAsync(ct);
        await db.SearchDocuments.Where(d => d.CustomerId == customerId && (d.Kind == SearchKind.Customer || d.Kind == SearchKind.Note)).LoadAsync(ct);
        await search.IndexAsync(Describe(customer, db.Identities.Local.Where(i => i.CustomerId == customerId)), ct);
        var notes = db.Notes.Local.Where(n => n.CustomerId == customerId).ToList();
        foreach (var note in notes)
        {
            await search.IndexAsync(Describe(note), ct);
        }
        var gone = db.SearchDocuments.Local.Where(d => d.Kind == SearchKind.Note && d.CustomerId == customerId)
            .Select(d => d.EntityId).Except(notes.Select(n => n.Id)).ToList();
        foreach (var noteId in gone)
        {
            await search.RemoveAsync(SearchKind.Note, noteId, ct);
        }
    }

    /// <summary>After a merge: the merged record's documents belong to the survivor, whose own document is rebuilt.</summary>
    public async Task MergedAsync(Guid survivorId, Guid mergedId, CancellationToken ct = default)
    {
        await search.MoveCustomerAsync(mergedId, survivorId, ct);
        await RefreshAsync(survivorId, ct);
    }

    private static SearchEntry Describe(Customer customer, IEnumerable<CustomerIdentity> identities)
    {
        var lines = new List<string> { customer.DisplayName };
        lines.AddRange(identities.Select(i => i.Display ?? i.Value));
        if (customer.Tags.Length > 0)
        {
            lines.Add(string.Join(", ", customer.TagList));
        }
        return new SearchEntry(SearchKind.Customer, customer.Id, customer.Id, null, string.Join('\n', lines), customer.UpdatedAt);
    }

    private static SearchEntry Describe(CustomerNote note) =>
        new(SearchKind.Note, note.Id, note.CustomerId, null, note.Text, note.CreatedAt);
}
