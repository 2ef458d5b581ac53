namespace Exceed.Core.Language;

/// <summary>One line of the company phrasebook: a phrase to avoid (with the better wording and why), a phrase to use, or a complaint cue.</summary>
public sealed class PhraseEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();
    /// <summary>zh-Hans, zh-Hant or en: the language of the phrase and of its reason and suggestion.</summary>
    public string Language { get; set; } = ReplyLanguages.Simplified;
    public PhraseUse Use { get; set; }
    /// <summary>A problem kind for a discouraged phrase; a category (greeting, apology…) for a recommended one.</summary>
    public string Kind { get; set; } = "";
    /// <summary>Entries with the same rule are switched on and off together.</summary>
    public string RuleId { get; set; } = "";
    public string Phrase { get; set; } = "";
    public string Suggestion { get; set; } = "";
    public string Reason { get; set; } = "";
    /// <summary>Phrases that, where they overlap a match, cancel it, separated by "|".</summary>
    public string Exceptions { get; set; } = "";
    public bool Enabled { get; set; } = true;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

/// <summary>A lead's switch for one rule; a rule with no row is on.</summary>
public sealed class RuleSetting
{
    public string RuleId { get; set; } = "";
    public bool Enabled { get; set; } = true;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

/// <summary>One row whose version changes with every phrasebook change, so every node notices with one small read.</summary>
public sealed class PhrasebookStamp
{
    public const int TheOne = 1;
    public int Id { get; set; } = TheOne;
    /// <summary>A new random value on every change: never repeats, even after the tables are emptied and refilled.</summary>
    public Guid Version { get; set; }
    /// <summary>Set once the shipped phrasebook has been copied in, so entries a lead deleted do not come back.</summary>
    public bool DefaultsLoaded { get; set; }
}
