using Exceed.Core.Customers;
using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Recognition;

/// <summary>Finds who owns a typed phone, email, handle or order number, whatever its format.</summary>
public sealed class IdentityMatcher(ExceedDb db, IdentityNormalizer normalizer)
{
    /// <summary>Every normalised (kind, value) the text could mean: "138 0013 8000" is a phone, "A@B.com" an email, "wang_88" a handle.</summary>
    public IEnumerable<(IdentityKind Kind, string Value)> Candidates(string text)
    {
        foreach (var kind in Enum.GetValues<IdentityKind>())
        {
            if (kind == IdentityKind.Phone && !text.Any(char.IsDigit))
            {
                continue;
            }
            if (kind == IdentityKind.Email && !text.Contains('@', StringComparison.Ordinal))
            {
                continue;
            }
            var result = normalizer.Normalize(kind, text);
            if (result.IsValid)
            {
                yield return (kind, result.Value);
            }
        }
    }

    public async Task<List<Guid>> OwnersAsync(string text, CancellationToken ct)
    {
        var owners = new List<Guid>();
        foreach (var (kind, value) in Candidates(text))
        {
            owners.AddRange(await db.Identities.AsNoTracking().Where(i => i.Kind == kind && i.Value == value).Select(i => i.CustomerId).ToListAsync(ct));
        }
        return owners.Distinct().ToList();
    }
}
