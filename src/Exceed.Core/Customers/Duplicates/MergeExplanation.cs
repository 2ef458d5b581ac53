namespace Exceed.Core.Customers.Duplicates;

/// <summary>What moved from the merged record to the survivor, and which empty profile fields it filled.</summary>
public sealed record MergeCounts(
    int Identities, int Preferences, int PreferencesAlreadyKnown, int Dates, int DatesAlreadyKnown,
    int Purchases, int Wishes, int Notes, int Calls, IReadOnlyList<string> FilledFields, IReadOnlyList<string> TagsAdded);

/// <summary>One merge told for a person: who was merged into whom, when, by whom, why, and what moved.</summary>
public sealed record MergeExplanation(
    Guid SurvivorId, string SurvivorName, Guid MergedId, string MergedName,
    string Actor, DateTimeOffset At, string Reason, MergeCounts? Moved);
