using System.Globalization;
using Exceed.Core.Recognition;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Exceed.Web.Tests.Recognition;

/// <summary>Every mapped property of every entity of two card sources, compared as the model lists them.</summary>
public static class CardComparison
{
    public static List<string> Differences(IModel model, CardSource expected, CardSource actual)
    {
        var (e, a) = (expected.Customer, actual.Customer);
        return
        [
            .. Rows(model, "customer", [e], [a], ordered: true),
            .. Rows(model, "identities", e.Identities, a.Identities, ordered: false),
            .. Rows(model, "preferences", e.Preferences, a.Preferences, ordered: false),
            .. Rows(model, "dates", e.ImportantDates, a.ImportantDates, ordered: false),
            .. Rows(model, "purchases", e.Purchases, a.Purchases, ordered: true),
            .. Rows(model, "wishes", e.WishItems, a.WishItems, ordered: false),
            .. Rows(model, "notes", e.Notes, a.Notes, ordered: true),
            .. Rows(model, "calls", expected.Calls, actual.Calls, ordered: true),
        ];
    }

    private static IEnumerable<string> Rows<T>(IModel model, string part, IReadOnlyList<T> expected, IReadOnlyList<T> actual, bool ordered) where T : class
    {
        if (expected.Count != actual.Count)
        {
            yield return $"{part}: {expected.Count} rows expected, {actual.Count} read";
            yield break;
        }
        var type = model.FindEntityType(typeof(T))!;
        var key = type.FindPrimaryKey()!.Properties[0].GetGetter();
        // The EF path does not order these parts either: rows are matched by key.
        var (e, a) = ordered ? (expected, actual) : (Sorted(expected), Sorted(actual));
        for (var i = 0; i < e.Count; i++)
        {
            foreach (var property in type.GetProperties())
            {
                var (want, got) = (Exact(property.GetGetter().GetClrValue(e[i])), Exact(property.GetGetter().GetClrValue(a[i])));
                if (!Equals(want, got))
                {
                    yield return $"{part}[{i}].{property.Name}: expected {want ?? "null"}, read {got ?? "null"}";
                }
            }
        }

        List<T> Sorted(IReadOnlyList<T> rows) => [.. rows.OrderBy(r => (Guid)key.GetClrValue(r)!)];
    }

    /// <summary>Offsets and decimal scale count too: they show in the card's JSON.</summary>
    private static object? Exact(object? value) => value switch
    {
        DateTimeOffset at => at.ToString("O", CultureInfo.InvariantCulture),
        decimal amount => amount.ToString(CultureInfo.InvariantCulture),
        _ => value,
    };
}
