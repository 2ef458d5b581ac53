namespace Exceed.Core.Customers.Duplicates;

/// <summary>What the rules need to know about one customer: its folded name, phones, emails and birthdays.</summary>
public sealed record CustomerFacts(
    Guid Id, string DisplayName, string NameKey, DateTimeOffset CreatedAt,
    IReadOnlyList<CustomerIdentity> Identities, IReadOnlyList<ImportantDate> Birthdays)
{
    public IEnumerable<CustomerIdentity> Phones => Identities.Where(i => i.Kind == IdentityKind.Phone);
    public IEnumerable<CustomerIdentity> Emails => Identities.Where(i => i.Kind == IdentityKind.Email);
}

/// <summary>Same name alone is common (many 王伟); a pair is suggested only when a second detail also agrees.</summary>
public static class DuplicateRules
{
    public static IReadOnlyList<DuplicateReason> Reasons(CustomerFacts left, CustomerFacts right)
    {
        if (left.Id == right.Id || left.NameKey.Length == 0 || left.NameKey != right.NameKey)
        {
            return [];
        }
        var reasons = new List<DuplicateReason>();
        foreach (var a in left.Phones)
        {
            foreach (var b in right.Phones)
            {
                if (PhoneSimilarity.Compare(a.Value, b.Value) is { } signal)
                {
                    reasons.Add(new(signal, Shown(a), Shown(b)));
                }
            }
        }
        foreach (var a in left.Emails)
        {
            foreach (var b in right.Emails.Where(b => EmailName(b.Value) is { Length: >= 3 } name && name == EmailName(a.Value)))
            {
                reasons.Add(new(DuplicateSignal.SameEmailName, Shown(a), Shown(b)));
            }
        }
        foreach (var a in left.Birthdays)
        {
            if (right.Birthdays.Any(b => b.Month == a.Month && b.Day == a.Day && (a.Year is null || b.Year is null || a.Year == b.Year)))
            {
                var shown = a.Year is { } y ? $"{y}-{a.Month:00}-{a.Day:00}" : $"{a.Month:00}-{a.Day:00}";
                reasons.Add(new(DuplicateSignal.SameBirthday, shown, shown));
                break;
            }
        }
        return reasons;
    }

    /// <summary>The strongest signal, nudged up a little for each further one.</summary>
    public static double Score(IReadOnlyList<DuplicateReason> reasons) =>
        reasons.Count == 0 ? 0 : Math.Min(0.99, Math.Round(reasons.Max(r => r.Weight) + 0.05 * (reasons.Count - 1), 2));

    /// <summary>True when the names fold to one key but were typed differently, e.g. 陳麗 and 陈丽.</summary>
    public static bool WrittenDifferently(CustomerFacts left, CustomerFacts right) =>
        !string.Equals(left.DisplayName.Trim(), right.DisplayName.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The part before the @, without dots or a +tag: wang.li+shop@gmail.com and wangli@qq.com share "wangli".</summary>
    public static string EmailName(string email)
    {
        var local = email.Split('@')[0];
        var plus = local.IndexOf('+', StringComparison.Ordinal);
        return (plus >= 0 ? local[..plus] : local).Replace(".", "", StringComparison.Ordinal).ToLowerInvariant();
    }

    private static string Shown(CustomerIdentity identity) => identity.Display ?? identity.Value;
}
