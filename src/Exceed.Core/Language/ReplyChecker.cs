namespace Exceed.Core.Language;

/// <summary>
/// The reply checker: one compiled phrasebook, immutable and safe to share between threads. Rules match the folded
/// text, so a Simplified phrase also finds its Traditional and full-width spellings.
/// </summary>
public sealed class ReplyChecker
{
    private readonly PhraseMatcher matcher;
    private readonly bool apologyRuleOn;
    private readonly bool priceRuleOn;

    public int EntryCount { get; }

    public ReplyChecker(IEnumerable<PhraseEntry> entries, IReadOnlySet<string>? disabledRules = null)
    {
        disabledRules ??= new HashSet<string>();
        var live = entries.Where(e => e.Enabled && !disabledRules.Contains(e.RuleId)).ToList();
        EntryCount = live.Count;
        matcher = new PhraseMatcher(live.Select(PhrasePattern.Compile).OfType<PhrasePattern>());
        apologyRuleOn = !disabledRules.Contains(MissingApologyRule.RuleId);
        priceRuleOn = !disabledRules.Contains(PriceInsultRule.RuleId);
    }

    /// <param name="text">The reply as the agent wrote it.</param>
    /// <param name="language">zh-Hans, zh-Hant, en, or null to detect it.</param>
    /// <param name="context">The customer's last message, if any: a complaint there makes an apology necessary.</param>
    public ReplyCheck Check(string text, string? language = null, string? context = null)
    {
        language = ReplyLanguages.IsKnown(language) ? language! : ReplyLanguages.Detect(text);
        var folded = TextFolding.Fold(text);
        var found = new List<(PhrasePattern Pattern, int Start, int End)>();
        matcher.Scan(folded, found);

        var kept = new List<(ReplyProblem Problem, int Fit)>();
        var apologised = false;
        foreach (var (pattern, start, firstEnd) in found.OrderBy(f => f.Start).ThenByDescending(f => f.End))
        {
            var entry = pattern.Entry;
            if (entry.Use == PhraseUse.ComplaintCue)
            {
                continue;
            }
            var end = pattern.MatchFrom(folded, start, firstEnd);
            if (end < 0)
            {
                continue;
            }
            if (entry.Use == PhraseUse.Recommended)
            {
                apologised |= entry.Kind == PhraseCategories.Apology;
                continue;
            }
            Keep(kept, new ReplyProblem(entry.Kind, start, end - start, entry.Reason, entry.Suggestion, entry.RuleId), Fit(entry.Language, language));
        }
        if (priceRuleOn && kept.All(k => k.Problem.Kind != ProblemKinds.PriceInsult)
            && PriceInsultRule.Find(folded, language, context) is { } insult)
        {
            kept.Add((insult, 2));
        }
        var problems = kept.Select(k => k.Problem).OrderBy(p => p.Start).ToList();
        if (apologyRuleOn && !apologised && !string.IsNullOrWhiteSpace(context) && IsComplaint(context) && text.Trim().Length > 0)
        {
            problems.Insert(0, MissingApologyRule.Problem(language, text));
        }
        return new ReplyCheck(language, problems);
    }

    /// <summary>True when the customer's message carries a complaint cue from the phrasebook.</summary>
    public bool IsComplaint(string message)
    {
        var folded = TextFolding.Fold(message);
        var found = new List<(PhrasePattern Pattern, int Start, int End)>();
        matcher.Scan(folded, found);
        return found.Any(f => f.Pattern.Entry.Use == PhraseUse.ComplaintCue && f.Pattern.MatchFrom(folded, f.Start, f.End) >= 0);
    }

    /// <summary>Of overlapping matches of one kind the earliest wins, then the longest, then the one written in the reply's language.</summary>
    private static void Keep(List<(ReplyProblem Problem, int Fit)> kept, ReplyProblem candidate, int fit)
    {
        for (var i = 0; i < kept.Count; i++)
        {
            var (problem, keptFit) = kept[i];
            if (problem.Kind != candidate.Kind || problem.Start >= candidate.Start + candidate.Length || candidate.Start >= problem.Start + problem.Length)
            {
                continue;
            }
            var sameStart = candidate.Start == problem.Start;
            if (sameStart && (candidate.Length > problem.Length || (candidate.Length == problem.Length && fit > keptFit)))
            {
                kept[i] = (candidate, fit);
            }
            return;
        }
        kept.Add((candidate, fit));
    }

    private static int Fit(string entryLanguage, string replyLanguage) =>
        entryLanguage == replyLanguage ? 2 : ReplyLanguages.IsChinese(entryLanguage) && ReplyLanguages.IsChinese(replyLanguage) ? 1 : 0;
}
