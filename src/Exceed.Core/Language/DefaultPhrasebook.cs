using System.Text.Json;
using System.Text.Json.Serialization;

namespace Exceed.Core.Language;

/// <summary>A rule as shipped: its kind and, per language, the bad example with its correction and a good example.</summary>
public sealed record RuleCard(string Id, string Kind, IReadOnlyDictionary<string, RuleExamples> Examples);

public sealed record RuleExamples(string Bad, string Correction, string Good, string? Context);

/// <summary>
/// The phrasebook we ship for shops, hotels and restaurants (DefaultPhrasebook.json, an embedded resource): rules of
/// discouraged phrases with the better wording, recommended phrases, and the words that mark a complaint.
/// </summary>
public static class DefaultPhrasebook
{
    private static readonly Lazy<(IReadOnlyList<PhraseEntry> Entries, IReadOnlyList<RuleCard> Rules)> Loaded = new(Load);

    /// <summary>Fresh copies each time: callers may save them to the database.</summary>
    public static IReadOnlyList<PhraseEntry> Entries() => [.. Loaded.Value.Entries.Select(Copy)];

    public static IReadOnlyList<RuleCard> Rules => Loaded.Value.Rules;

    private static PhraseEntry Copy(PhraseEntry e) => new()
    {
        Language = e.Language, Use = e.Use, Kind = e.Kind, RuleId = e.RuleId, Phrase = e.Phrase,
        Suggestion = e.Suggestion, Reason = e.Reason, Exceptions = e.Exceptions, Enabled = true, UpdatedBy = "Exceed",
    };

    private static (IReadOnlyList<PhraseEntry>, IReadOnlyList<RuleCard>) Load()
    {
        using var stream = typeof(DefaultPhrasebook).Assembly.GetManifestResourceStream("Exceed.Core.Language.DefaultPhrasebook.json")
            ?? throw new InvalidOperationException("The default phrasebook is missing from Exceed.Core.");
        var book = JsonSerializer.Deserialize<BookFile>(stream, Json) ?? throw new InvalidOperationException("The default phrasebook is empty.");
        var entries = new List<PhraseEntry>();
        var cards = new List<RuleCard>();
        foreach (var rule in book.Rules)
        {
            var examples = new Dictionary<string, RuleExamples>();
            foreach (var (language, part) in rule.Languages)
            {
                examples[language] = part.Examples;
                foreach (var phrase in part.Phrases)
                {
                    entries.Add(new PhraseEntry
                    {
                        Language = language, Use = PhraseUse.Discouraged, Kind = rule.Kind, RuleId = rule.Id,
                        Phrase = phrase[0], Suggestion = phrase.Length > 1 ? phrase[1] : "",
                        Reason = part.Reason, Exceptions = ExceptionList.Join(CanOverlap(phrase[0], part.Exceptions)),
                    });
                }
            }
            cards.Add(new RuleCard(rule.Id, rule.Kind, examples));
        }
        foreach (var (language, categories) in book.Recommended)
        {
            var apologyExceptions = ExceptionList.Join(book.ApologyExceptions.GetValueOrDefault(language) ?? []);
            foreach (var (category, phrases) in categories)
            {
                entries.AddRange(phrases.Select(p => new PhraseEntry
                {
                    Language = language, Use = PhraseUse.Recommended, Kind = category, RuleId = "recommended." + category, Phrase = p,
                    Exceptions = category == PhraseCategories.Apology ? apologyExceptions : "",
                }));
            }
        }
        foreach (var (language, cues) in book.ComplaintCues)
        {
            var cueExceptions = book.ComplaintExceptions.GetValueOrDefault(language) ?? [];
            entries.AddRange(cues.Select(c => new PhraseEntry
            {
                Language = language, Use = PhraseUse.ComplaintCue, Kind = PhraseCategories.Complaint, RuleId = MissingApologyRule.RuleId, Phrase = c,
                Exceptions = ExceptionList.Join(CanOverlap(c, cueExceptions)),
            }));
        }
        return (entries, cards);
    }

    /// <summary>
    /// The exceptions of a rule that can ever touch this phrase's match. A plain phrase matches exactly its own text, so an
    /// exception that shares no overlap with it never cancels it; leaving those out keeps each row (and the CSV a lead
    /// exports) short without changing what is marked. A phrase with a "…" gap keeps them all.
    /// </summary>
    private static IEnumerable<string> CanOverlap(string phrase, IEnumerable<string> exceptions)
    {
        if (phrase.Contains('…', StringComparison.Ordinal) || phrase.Contains("...", StringComparison.Ordinal))
        {
            return exceptions;
        }
        var text = TextFolding.Fold(phrase.Trim().TrimStart('^').Trim('*'));
        return exceptions.Where(e => Overlap(text, TextFolding.Fold(e)));
    }

    private static bool Overlap(string a, string b)
    {
        if (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal))
        {
            return true;
        }
        for (var k = 1; k < Math.Min(a.Length, b.Length); k++)
        {
            if (a.EndsWith(b[..k], StringComparison.Ordinal) || b.EndsWith(a[..k], StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed class BookFile
    {
        public List<RuleFile> Rules { get; set; } = [];
        public Dictionary<string, Dictionary<string, string[]>> Recommended { get; set; } = [];
        public Dictionary<string, string[]> ApologyExceptions { get; set; } = [];
        public Dictionary<string, string[]> ComplaintCues { get; set; } = [];
        /// <summary>Customer wording that contains a cue but is no complaint ("late checkout", 对不对).</summary>
        public Dictionary<string, string[]> ComplaintExceptions { get; set; } = [];
    }

    private sealed class RuleFile
    {
        public string Id { get; set; } = "";
        public string Kind { get; set; } = "";
        [JsonExtensionData] public Dictionary<string, JsonElement> Extra { get; set; } = [];

        public IEnumerable<(string Language, RulePart Part)> Languages => Extra
            .Where(e => ReplyLanguages.IsKnown(e.Key))
            .Select(e => (e.Key, e.Value.Deserialize<RulePart>(Json)!));
    }

    private sealed class RulePart
    {
        public string Reason { get; set; } = "";
        public string[] Exceptions { get; set; } = [];
        public RuleExamples Examples { get; set; } = new("", "", "", null);
        public string[][] Phrases { get; set; } = [];
    }
}
