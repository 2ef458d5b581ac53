namespace Exceed.Core.Recognition;

/// <summary>
/// What a card's words depend on besides the customer: the agent's language, the local day (dates this week, the year
/// of a wish) and the part of the day (the greeting). Two cards of one source with the same wording are the same card.
/// </summary>
public readonly record struct CardWording(string Language, DateOnly LocalDay, Greeting.DayPart DayPart)
{
    public static CardWording At(DateTimeOffset now, TimeZoneInfo zone, string language)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        return new(language, DateOnly.FromDateTime(local.DateTime), Greeting.PartOfDay(local.Hour));
    }
}

/// <summary>
/// A card already written out (e.g. as JSON), one per wording, kept with its <see cref="CardSource"/>: a returning caller's
/// card is written once per language and part of the day instead of on every ring, and is dropped with the source.
/// </summary>
public sealed class CardEditions
{
    private const int MostKept = 4;
    private volatile Edition[] editions = [];

    public byte[] GetOrAdd<TState>(CardWording wording, TState state, Func<TState, byte[]> write)
    {
        var kept = editions;
        foreach (var edition in kept)
        {
            if (edition.Wording == wording)
            {
                return edition.Written;
            }
        }
        var written = write(state);
        // Racing writers may each add theirs; the last one wins and the others are written again on their next use.
        editions = [new Edition(wording, written), .. kept.Where(e => e.Wording != wording).Take(MostKept - 1)];
        return written;
    }

    private sealed record Edition(CardWording Wording, byte[] Written);
}
