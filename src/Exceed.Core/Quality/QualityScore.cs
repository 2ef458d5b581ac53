namespace Exceed.Core.Quality;

/// <summary>
/// How well a set of sent replies reads. The score is the share of replies in which the checker found no problem
/// (0–100); problems per 100 replies says how much is wrong in the rest. Both are null when nothing was sent.
/// </summary>
public sealed record QualityScore(int Replies, int CleanReplies, int Problems, int Overridden)
{
    public static readonly QualityScore None = new(0, 0, 0, 0);

    public double? Score => Replies == 0 ? null : Math.Round(100.0 * CleanReplies / Replies, 1);

    public double? ProblemsPer100 => Replies == 0 ? null : Math.Round(100.0 * Problems / Replies, 1);

    public QualityScore Plus(QualityScore other) =>
        new(Replies + other.Replies, CleanReplies + other.CleanReplies, Problems + other.Problems, Overridden + other.Overridden);
}

/// <summary>One agent's replies in the period.</summary>
public sealed record AgentScore(string AgentId, string AgentName, QualityScore Quality);

/// <summary>One step of the trend: a day, or the week starting on this Monday.</summary>
public sealed record TrendPoint(DateOnly Start, QualityScore Quality);

/// <summary>How often a rule fired in sent replies and how often agents sent past it; a high override rate suggests the rule needs tuning.</summary>
public sealed record RuleStat(string RuleId, string Kind, bool Enabled, int Fired, int Overridden, IReadOnlyList<FlaggedExample> Examples)
{
    public double? OverrideRate => Fired == 0 ? null : Math.Round((double)Overridden / Fired, 3);
}

/// <summary>A sent reply the checker flagged: the words around the problem, where the problem is in them, and where to read the conversation.</summary>
public sealed record FlaggedExample(Guid ConversationId, Guid EntryId, string AgentName, DateTimeOffset SentAt, string RuleId, string Kind,
    string Excerpt, int MarkStart, int MarkLength, bool Overridden);

public enum TrendStep { Day, Week }

/// <summary>The arithmetic of quality review, kept free of the database so it is tested on its own.</summary>
public static class QualityMath
{
    /// <summary>Days (as the database grouped them) folded into days or Monday-weeks, with empty steps filled, oldest first.</summary>
    public static List<TrendPoint> Trend(IEnumerable<TrendPoint> days, DateOnly from, DateOnly to, TrendStep step)
    {
        var byStart = new SortedDictionary<DateOnly, QualityScore>();
        for (var day = StepStart(from, step); day <= to; day = day.AddDays(step == TrendStep.Week ? 7 : 1))
        {
            byStart[day] = QualityScore.None;
        }
        foreach (var point in days)
        {
            var start = StepStart(point.Start, step);
            if (byStart.TryGetValue(start, out var sum))
            {
                byStart[start] = sum.Plus(point.Quality);
            }
        }
        return byStart.Select(p => new TrendPoint(p.Key, p.Value)).ToList();
    }

    public static DateOnly StepStart(DateOnly day, TrendStep step) =>
        step == TrendStep.Day ? day : day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>Up to <paramref name="around"/> characters either side of the problem, cut at the reply's ends, with the problem's place in the excerpt.</summary>
    public static (string Excerpt, int MarkStart, int MarkLength) Excerpt(string text, int start, int length, int around = 40)
    {
        start = Math.Clamp(start, 0, text.Length);
        length = Math.Clamp(length, 0, text.Length - start);
        var from = Math.Max(0, start - around);
        var to = Math.Min(text.Length, start + length + around);
        var prefix = from > 0 ? "…" : "";
        var suffix = to < text.Length ? "…" : "";
        return (prefix + text[from..to] + suffix, start - from + prefix.Length, length);
    }
}
