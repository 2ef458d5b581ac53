namespace Exceed.Core.Customers.Duplicates;

/// <summary>Why two records with the same name look like one person.</summary>
public enum DuplicateSignal { PhoneSameEnding, PhoneDigitsSwapped, PhoneOneDigitApart, SameEmailName, SameBirthday }

/// <summary>One signal with the two values that gave it away, e.g. two phones one digit apart.</summary>
public sealed record DuplicateReason(DuplicateSignal Signal, string Left, string Right)
{
    public double Weight => Signal switch
    {
        DuplicateSignal.PhoneSameEnding => 0.95,
        DuplicateSignal.PhoneDigitsSwapped => 0.85,
        DuplicateSignal.PhoneOneDigitApart => 0.8,
        DuplicateSignal.SameEmailName => 0.8,
        _ => 0.7,
    };

    public string Text => Signal switch
    {
        DuplicateSignal.PhoneSameEnding => $"phones end in the same 8 digits ({Left} / {Right})",
        DuplicateSignal.PhoneDigitsSwapped => $"phones differ by two swapped digits ({Left} / {Right})",
        DuplicateSignal.PhoneOneDigitApart => $"phones differ by one digit ({Left} / {Right})",
        DuplicateSignal.SameEmailName => $"emails have the same name before the @ ({Left} / {Right})",
        _ => $"same birthday ({Left})",
    };
}

/// <summary>One side of a suggested pair, with enough to decide at a glance.</summary>
public sealed record DuplicateSide(Guid Id, string DisplayName, IReadOnlyList<string> Identities, int Purchases, int Notes, DateTimeOffset CreatedAt);

/// <summary>Two live customers that may be one person; the older record is on the left.</summary>
public sealed record DuplicatePair(DuplicateSide Left, DuplicateSide Right, double Score, bool NameWrittenDifferently, IReadOnlyList<DuplicateReason> Reasons)
{
    public string Reason =>
        (NameWrittenDifferently ? "Same name written differently" : "Same name")
        + ", " + string.Join(", ", Reasons.Select(r => r.Text)) + ".";
}

public sealed record DuplicatePage(int Page, bool HasMore, IReadOnlyList<DuplicatePair> Pairs);
