using Exceed.Core.Common;

namespace Exceed.Core.Language;

/// <summary>What a lead sends to add or change a phrasebook entry.</summary>
public sealed record PhraseInput(string? Language, string? Use, string? Kind, string? Phrase, string? Suggestion, string? Reason,
    string? Exceptions = null, string? RuleId = null, bool? Enabled = null)
{
    /// <summary>Checks every field and names each one that needs fixing; fills the entry only when all are right.</summary>
    public Problem? ApplyTo(PhraseEntry entry)
    {
        var errors = new FieldErrors();
        if (!ReplyLanguages.IsKnown(Language))
        {
            errors.Add("language", "Language must be zh-Hans, zh-Hant or en.");
        }
        var use = PhraseUse.Discouraged;
        if (Use is { Length: > 0 } && !Enum.TryParse(Use, ignoreCase: true, out use))
        {
            errors.Add("use", "Use must be Discouraged, Recommended or ComplaintCue.");
        }
        var kind = Kind?.Trim() ?? "";
        if (use == PhraseUse.Discouraged && !ProblemKinds.Phrased.Contains(kind))
        {
            errors.Add("kind", $"For a discouraged phrase, kind must be one of: {string.Join(", ", ProblemKinds.Phrased)}.");
        }
        else if (use == PhraseUse.Recommended && !PhraseCategories.Recommended.Contains(kind))
        {
            errors.Add("kind", $"For a recommended phrase, kind must be one of: {string.Join(", ", PhraseCategories.Recommended)}.");
        }
        errors.Require("phrase", Phrase, "Phrase", PhraseLimits.Phrase);
        if (Phrase is { Length: > 0 } && Phrase.Replace("…", "", StringComparison.Ordinal).Replace("...", "", StringComparison.Ordinal).Trim('^', '*', ' ').Length == 0)
        {
            errors.Add("phrase", "Phrase needs at least one word besides …, ^ and *.");
        }
        if (use == PhraseUse.Discouraged)
        {
            errors.Require("suggestion", Suggestion, "Suggestion (the better wording)", PhraseLimits.Text);
            errors.Require("reason", Reason, "Reason (one line on why)", PhraseLimits.Text);
        }
        errors.Limit("suggestion", Suggestion, "Suggestion", PhraseLimits.Text);
        errors.Limit("reason", Reason, "Reason", PhraseLimits.Text);
        errors.Limit("exceptions", Exceptions, "Exceptions", PhraseLimits.Exceptions);
        errors.Limit("ruleId", RuleId, "Rule", 60);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        entry.Language = Language!;
        entry.Use = use;
        entry.Kind = use == PhraseUse.ComplaintCue ? PhraseCategories.Complaint : kind;
        entry.Phrase = Phrase!.Trim();
        entry.Suggestion = Suggestion?.Trim() ?? "";
        entry.Reason = Reason?.Trim() ?? "";
        entry.Exceptions = ExceptionList.Join(ExceptionList.Split(Exceptions));
        entry.RuleId = RuleId is { Length: > 0 } rule ? rule.Trim()
            : use switch { PhraseUse.Recommended => "recommended." + kind, PhraseUse.ComplaintCue => MissingApologyRule.RuleId, _ => "custom." + kind };
        entry.Enabled = Enabled ?? true;
        return null;
    }
}

/// <summary>What the checker is asked: the reply, its language if known, and the customer's last message.</summary>
public sealed record CheckRequest(string? Text, string? Language, string? Context)
{
    public Problem? Validate()
    {
        var errors = new FieldErrors();
        if (Text is null)
        {
            errors.Add("text", "Text is required: the reply to check.");
        }
        errors.Limit("text", Text, "Text", PhraseLimits.Reply);
        if (Language is { Length: > 0 } && !ReplyLanguages.IsKnown(Language))
        {
            errors.Add("language", "Language must be zh-Hans, zh-Hant or en, or left out to detect it.");
        }
        errors.Limit("context", Context, "Context", PhraseLimits.Reply);
        return errors.Any ? errors.ToProblem() : null;
    }
}
