using Exceed.Core.Common;
using Exceed.Core.Data;
using Exceed.Core.Language;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Quality;

/// <summary>A quality review (质检) of the replies sent in a period: scores per agent, rule statistics, the trend and flagged examples.</summary>
public sealed record QualityReport(DateOnly From, DateOnly To, TrendStep By, string? Team, string? AgentId, QualityScore Overall,
    IReadOnlyList<AgentScore> Agents, IReadOnlyList<RuleStat> Rules, IReadOnlyList<TrendPoint> Trend, IReadOnlyList<FlaggedExample> Examples);

/// <summary>Reviews the period's replies not yet reviewed, then adds up the stored reviews in SQL.</summary>
public sealed class QualityReview(ExceedDb db, ReplyReviewer reviewer, PhrasebookService phrasebook, BusinessSettings business, TimeProvider clock)
{
    private const int ExamplesPerRule = 3;
    private const int LatestExamples = 20;

    public async Task<Outcome<QualityReport>> RunAsync(QualityQuery query, CancellationToken ct = default)
    {
        var parsed = QualityPeriod.Parse(query, business.Zone, clock.GetUtcNow());
        if (parsed.Problem is { } invalid)
        {
            return invalid;
        }
        var period = parsed.Value!;
        var team = query.Team is { Length: > 0 } t ? t.Trim() : null;
        if (team is not null && !await db.Users.AnyAsync(u => u.Team == team, ct))
        {
            return Problem.Invalid("team", $"Nobody is in team '{team}'; pick a team from the staff list, or leave it empty for everyone.");
        }
        await reviewer.ReviewUnreviewedAsync(period.Start, period.End, ct);

        var reviews = db.ReplyReviews.AsNoTracking().Where(r => r.SentAt >= period.Start && r.SentAt < period.End);
        var findings = db.ReplyFindings.AsNoTracking().Where(f => f.SentAt >= period.Start && f.SentAt < period.End);
        if (query.AgentId is { Length: > 0 } agent)
        {
            reviews = reviews.Where(r => r.AuthorId == agent);
            findings = findings.Where(f => f.AuthorId == agent);
        }
        if (team is not null)
        {
            var members = db.Users.Where(u => u.Team == team).Select(u => u.Id);
            reviews = reviews.Where(r => members.Contains(r.AuthorId));
            findings = findings.Where(f => members.Contains(f.AuthorId));
        }

        var agents = (await reviews.GroupBy(r => r.AuthorId)
                .Select(g => new { g.Key, Name = g.Max(r => r.AuthorName), Replies = g.Count(), Clean = g.Count(r => r.Problems == 0), Problems = g.Sum(r => r.Problems), Overridden = g.Sum(r => r.Overridden) })
                .ToListAsync(ct))
            .Select(a => new AgentScore(a.Key, a.Name ?? "", new QualityScore(a.Replies, a.Clean, a.Problems, a.Overridden)))
            .OrderBy(a => a.Quality.Score).ThenBy(a => a.AgentName, StringComparer.Ordinal).ToList();
        var days = (await reviews.GroupBy(r => r.SentOn)
                .Select(g => new { g.Key, Replies = g.Count(), Clean = g.Count(r => r.Problems == 0), Problems = g.Sum(r => r.Problems), Overridden = g.Sum(r => r.Overridden) })
                .ToListAsync(ct))
            .Select(d => new TrendPoint(d.Key, new QualityScore(d.Replies, d.Clean, d.Problems, d.Overridden)));
        var examples = await ExamplesAsync(findings, ct);
        var rules = await RulesAsync(findings, examples, ct);

        return new QualityReport(period.From, period.To, period.Step, team, query.AgentId, agents.Aggregate(QualityScore.None, (sum, a) => sum.Plus(a.Quality)),
            agents, rules, QualityMath.Trend(days, period.From, period.To, period.Step), examples.Take(LatestExamples).ToList());
    }

    private async Task<List<RuleStat>> RulesAsync(IQueryable<ReplyFinding> findings, List<FlaggedExample> examples, CancellationToken ct)
    {
        var counts = await findings.GroupBy(f => new { f.RuleId, f.Kind })
            .Select(g => new { g.Key.RuleId, g.Key.Kind, Fired = g.Count(), Overridden = g.Count(f => f.Overridden) })
            .ToListAsync(ct);
        var off = (await phrasebook.RulesAsync(ct)).Where(r => !r.Enabled).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return counts.GroupBy(c => c.RuleId)
            .Select(g => new RuleStat(g.Key, g.First().Kind, !off.Contains(g.Key), g.Sum(c => c.Fired), g.Sum(c => c.Overridden),
                examples.Where(e => e.RuleId == g.Key).Take(ExamplesPerRule).ToList()))
            .OrderByDescending(r => r.Fired).ThenBy(r => r.RuleId, StringComparer.Ordinal).ToList();
    }

    /// <summary>The latest flagged replies, a few per rule, read with their text so the excerpt shows the problem in its sentence.</summary>
    private async Task<List<FlaggedExample>> ExamplesAsync(IQueryable<ReplyFinding> findings, CancellationToken ct)
    {
        var latest = await findings.OrderByDescending(f => f.SentAt).Take(500)
            .Join(db.ConversationEntries, f => f.EntryId, e => e.Id, (f, e) => new { Finding = f, e.Text, e.AuthorName })
            .ToListAsync(ct);
        var perRule = new Dictionary<string, int>(StringComparer.Ordinal);
        var picked = new List<FlaggedExample>();
        foreach (var row in latest.OrderByDescending(r => r.Finding.SentAt))
        {
            var f = row.Finding;
            var seen = perRule.GetValueOrDefault(f.RuleId);
            if (seen >= ExamplesPerRule && picked.Count >= LatestExamples)
            {
                continue;
            }
            perRule[f.RuleId] = seen + 1;
            var (excerpt, markStart, markLength) = QualityMath.Excerpt(row.Text, f.Start, f.Length);
            picked.Add(new FlaggedExample(f.ConversationId, f.EntryId, row.AuthorName, f.SentAt, f.RuleId, f.Kind, excerpt, markStart, markLength, f.Overridden));
        }
        return picked;
    }
}
