using Exceed.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Language;

/// <summary>A rule as a lead sees it: its kind, whether it is on, how many phrases it has, and its examples.</summary>
public sealed record RuleView(string Id, string Kind, bool Enabled, int Phrases, IReadOnlyDictionary<string, RuleExamples> Examples);

public sealed record RuleSwitch(bool? Enabled);

public sealed partial class PhrasebookService
{
    /// <summary>The shipped rules and any rule a lead's entries name, each with its switch.</summary>
    public async Task<List<RuleView>> RulesAsync(CancellationToken ct = default)
    {
        await PhrasebookStamps.CurrentAsync(db, ct);
        var counts = await db.PhraseEntries.AsNoTracking().Where(e => e.Use == PhraseUse.Discouraged)
            .GroupBy(e => new { e.RuleId, e.Kind }).Select(g => new { g.Key.RuleId, g.Key.Kind, Count = g.Count() }).ToListAsync(ct);
        var off = (await db.LanguageRules.AsNoTracking().Where(r => !r.Enabled).Select(r => r.RuleId).ToListAsync(ct)).ToHashSet();
        var shipped = DefaultPhrasebook.Rules.Select(r => new RuleView(r.Id, r.Kind, !off.Contains(r.Id), counts.Where(c => c.RuleId == r.Id).Sum(c => c.Count), r.Examples));
        var custom = counts.Where(c => DefaultPhrasebook.Rules.All(r => r.Id != c.RuleId)).GroupBy(c => c.RuleId)
            .Select(g => new RuleView(g.Key, g.First().Kind, !off.Contains(g.Key), g.Sum(c => c.Count), new Dictionary<string, RuleExamples>()));
        return [.. shipped, .. custom.OrderBy(r => r.Id, StringComparer.Ordinal)];
    }

    public async Task<Outcome<RuleView>> SwitchRuleAsync(string ruleId, RuleSwitch change, string actor, CancellationToken ct = default)
    {
        if (change.Enabled is not { } enabled)
        {
            return Problem.Invalid("enabled", "Enabled is required: true to switch the rule on, false to switch it off.");
        }
        var known = (await RulesAsync(ct)).FirstOrDefault(r => r.Id == ruleId);
        if (known is null)
        {
            return Problem.NotFound($"No rule is called '{ruleId}'; list the rules with GET /api/v1/language/rules.");
        }
        var setting = await db.LanguageRules.FirstOrDefaultAsync(r => r.RuleId == ruleId, ct);
        if (setting is null)
        {
            setting = new RuleSetting { RuleId = ruleId };
            db.LanguageRules.Add(setting);
        }
        setting.Enabled = enabled;
        setting.UpdatedAt = clock.GetUtcNow();
        setting.UpdatedBy = actor;
        audit.Record(actor, enabled ? "language.rule-on" : "language.rule-off", ruleId);
        await SaveAndBumpAsync(ct);
        return known with { Enabled = enabled };
    }
}
