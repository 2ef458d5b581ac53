namespace Exceed.Core.Language;

/// <summary>
/// One phrasebook entry compiled for matching. The phrase syntax a lead writes: plain words; "…" (or "...") for "then,
/// later in the same sentence"; a leading "^" for "at the start of a sentence"; "*" at either end of a word to let the
/// word go on ("damag*"). English words match whole words only. Exceptions are phrases that, where they overlap a match,
/// cancel it (不行的话 protects the rule on 不行).
/// </summary>
internal sealed class PhrasePattern
{
    private const int MaxGap = 40;

    private readonly Segment[] segments;
    private readonly bool atSentenceStart;
    private readonly string[] exceptions;

    public PhraseEntry Entry { get; }
    public string FirstSegment => segments[0].Text;

    private PhrasePattern(PhraseEntry entry, Segment[] segments, bool atSentenceStart, string[] exceptions)
    {
        Entry = entry;
        this.segments = segments;
        this.atSentenceStart = atSentenceStart;
        this.exceptions = exceptions;
    }

    public static PhrasePattern? Compile(PhraseEntry entry)
    {
        var phrase = TextFolding.Fold(entry.Phrase.Trim());
        var anchored = phrase.StartsWith('^');
        var parts = phrase.TrimStart('^').Replace("...", "…", StringComparison.Ordinal)
            .Split('…', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var segments = parts.Select(Segment.Parse).Where(s => s.Text.Length > 0).ToArray();
        if (segments.Length == 0)
        {
            return null;
        }
        var exceptions = ExceptionList.Split(entry.Exceptions).Select(TextFolding.Fold).ToArray();
        return new PhrasePattern(entry, segments, anchored, exceptions);
    }

    /// <summary>The end of the whole match when the first segment, found at [start, firstEnd), starts a real one; else -1.</summary>
    public int MatchFrom(string folded, int start, int firstEnd)
    {
        if (!segments[0].FitsAt(folded, start) || (atSentenceStart && !AtSentenceStart(folded, start)))
        {
            return -1;
        }
        var end = firstEnd;
        for (var i = 1; i < segments.Length; i++)
        {
            end = segments[i].FindWithin(folded, end, SentenceLimit(folded, end));
            if (end < 0)
            {
                return -1;
            }
        }
        return Excepted(folded, start, end) ? -1 : end;
    }

    private bool Excepted(string folded, int start, int end)
    {
        foreach (var exception in exceptions)
        {
            var from = Math.Max(0, start - exception.Length + 1);
            while (from < end)
            {
                var at = folded.IndexOf(exception, from, StringComparison.Ordinal);
                if (at < 0 || at >= end)
                {
                    break;
                }
                if (at + exception.Length > start)
                {
                    return true;
                }
                from = at + 1;
            }
        }
        return false;
    }

    private static int SentenceLimit(string folded, int from)
    {
        var limit = Math.Min(folded.Length, from + MaxGap);
        for (var i = from; i < limit; i++)
        {
            if (TextFolding.EndsSentence(folded[i]))
            {
                return i + 1;
            }
        }
        return limit;
    }

    private static bool AtSentenceStart(string folded, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            var c = folded[i];
            if (TextFolding.EndsSentence(c) || c is ',' or ':')
            {
                return true;
            }
            if (!char.IsWhiteSpace(c) && c is not '"' and not '\'' and not '(')
            {
                return false;
            }
        }
        return true;
    }

    private readonly record struct Segment(string Text, bool WholeWordStart, bool WholeWordEnd)
    {
        public static Segment Parse(string part)
        {
            var openStart = part.StartsWith('*');
            var openEnd = part.EndsWith('*');
            var text = part.Trim('*');
            return new Segment(text,
                !openStart && text.Length > 0 && TextFolding.IsWordChar(text[0]),
                !openEnd && text.Length > 0 && TextFolding.IsWordChar(text[^1]));
        }

        public bool FitsAt(string folded, int at) =>
            (!WholeWordStart || at == 0 || !TextFolding.IsWordChar(folded[at - 1]))
            && (!WholeWordEnd || at + Text.Length >= folded.Length || !TextFolding.IsWordChar(folded[at + Text.Length]));

        public int FindWithin(string folded, int from, int limit)
        {
            while (from < limit)
            {
                var at = folded.IndexOf(Text, from, limit - from, StringComparison.Ordinal);
                if (at < 0)
                {
                    return -1;
                }
                if (FitsAt(folded, at))
                {
                    return at + Text.Length;
                }
                from = at + 1;
            }
            return -1;
        }
    }
}

/// <summary>Exceptions are stored as one text, separated by "|".</summary>
public static class ExceptionList
{
    public static string[] Split(string? exceptions) =>
        string.IsNullOrWhiteSpace(exceptions) ? [] : exceptions.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Join(IEnumerable<string> exceptions) => string.Join(" | ", exceptions.Where(e => e.Length > 0));
}
