using Exceed.Core.Data;
using Exceed.Core.Language;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Replies;

/// <summary>A recommended phrase offered while typing: replace the last <see cref="Replace"/> characters of the draft with <see cref="Phrase"/>.</summary>
public sealed record Completion(string Phrase, int Replace, string Category);

/// <summary>
/// The phrasebook's recommended phrases, kept per language in prefix order, so the composer can complete what an agent is
/// typing in the company's voice. Built once per phrasebook version; a keystroke costs a few binary searches.
/// </summary>
public sealed class CompletionIndex
{
    public const int Shown = 5;
    private readonly Dictionary<string, (string Folded, string Phrase, string Category)[]> byLanguage;

    public CompletionIndex(IEnumerable<PhraseEntry> recommended)
    {
        byLanguage = recommended
            .Where(e => e.Use == PhraseUse.Recommended && e.Enabled && !e.Phrase.Contains('*', StringComparison.Ordinal) && e.Phrase.Trim().Length > 1)
            .GroupBy(e => e.Language)
            .ToDictionary(g => g.Key, g => g
                .Select(e => Readable(e.Phrase.Trim(), e.Language))
                .Zip(g, (phrase, e) => (TextFolding.Fold(phrase), phrase, e.Kind))
                .DistinctBy(p => p.Item1)
                .OrderBy(p => p.Item1, StringComparer.Ordinal)
                .ToArray());
    }

    /// <summary>Completions for the end of the draft: the longest tail of the current sentence that starts a phrase.</summary>
    public IReadOnlyList<Completion> Complete(string draft, string language)
    {
        if (draft.Length == 0 || !byLanguage.TryGetValue(language, out var phrases))
        {
            return [];
        }
        var folded = TextFolding.Fold(draft.Length > 60 ? draft[^60..] : draft);
        var sentenceStart = folded.Length;
        while (sentenceStart > 0 && !IsBreak(folded[sentenceStart - 1]))
        {
            sentenceStart--;
        }
        for (var start = sentenceStart; start < folded.Length; start++)
        {
            var tail = folded[start..];
            var latin = TextFolding.IsWordChar(tail[0]);
            if (tail.Length < (latin ? 3 : 2) || tail[0] == ' ' || (latin && start > 0 && TextFolding.IsWordChar(folded[start - 1])))
            {
                continue;
            }
            var found = StartingWith(phrases, tail);
            if (found.Count > 0)
            {
                return found.Select(p => new Completion(p.Phrase, tail.Length, p.Category)).ToList();
            }
        }
        return [];
    }

    private static List<(string Folded, string Phrase, string Category)> StartingWith((string Folded, string Phrase, string Category)[] phrases, string prefix)
    {
        var lo = 0;
        var hi = phrases.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (string.CompareOrdinal(phrases[mid].Folded, prefix) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        var found = new List<(string, string, string)>();
        for (var i = lo; i < phrases.Length && found.Count < Shown && phrases[i].Folded.StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            if (phrases[i].Folded.Length > prefix.Length)
            {
                found.Add(phrases[i]);
            }
        }
        return found;
    }

    private static bool IsBreak(char folded) => TextFolding.EndsSentence(folded) || folded is ',' or ':' or '…';

    // The phrasebook stores English in lower case for matching; a completion is written into a reply, so "i'll" reads "I'll".
    private static string Readable(string phrase, string language) =>
        language == ReplyLanguages.English && (phrase.StartsWith("i ", StringComparison.Ordinal) || phrase.StartsWith("i'", StringComparison.Ordinal))
            ? "I" + phrase[1..]
            : phrase;
}

/// <summary>This node's completion index, rebuilt when the phrasebook's version stamp changes (as the checker's cache is).</summary>
public sealed class PhraseCompletions : IDisposable
{
    private readonly SemaphoreSlim reload = new(1, 1);
    private volatile Built? current;

    private sealed record Built(Guid Version, CompletionIndex Index);

    public void Dispose() => reload.Dispose();

    /// <summary>Builds the index and completes once per language, so the first agent to pause does not wait for either.</summary>
    public async Task WarmUpAsync(ExceedDb db, CancellationToken ct = default)
    {
        var index = await IndexAsync(db, ct);
        foreach (var language in ReplyLanguages.All)
        {
            index.Complete("非常抱", language);
        }
    }

    public async Task<IReadOnlyList<Completion>> CompleteAsync(ExceedDb db, string draft, string language, CancellationToken ct = default) =>
        (await IndexAsync(db, ct)).Complete(draft, language);

    private async Task<CompletionIndex> IndexAsync(ExceedDb db, CancellationToken ct)
    {
        var version = await PhrasebookStamps.CurrentAsync(db, ct);
        if (current is { } ready && ready.Version == version)
        {
            return ready.Index;
        }
        await reload.WaitAsync(ct);
        try
        {
            if (current is { } again && again.Version == version)
            {
                return again.Index;
            }
            var entries = await db.PhraseEntries.AsNoTracking().Where(e => e.Enabled && e.Use == PhraseUse.Recommended).ToListAsync(ct);
            var index = new CompletionIndex(entries);
            current = new Built(version, index);
            return index;
        }
        finally
        {
            reload.Release();
        }
    }
}
