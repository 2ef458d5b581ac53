using Exceed.Core.Language;

namespace Exceed.Core.Tests.Language;

/// <summary>Every shipped rule carries, per language, a bad example with its correction and a good example; all of them run here.</summary>
public sealed class RuleExampleTests
{
    private static readonly ReplyChecker Checker = new(DefaultPhrasebook.Entries());

    public static TheoryData<string, string> RulesAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var rule in DefaultPhrasebook.Rules)
        {
            foreach (var language in rule.Examples.Keys)
            {
                data.Add(rule.Id, language);
            }
        }
        return data;
    }

    private static (RuleCard Rule, RuleExamples Examples) Find(string ruleId, string language)
    {
        var rule = DefaultPhrasebook.Rules.Single(r => r.Id == ruleId);
        return (rule, rule.Examples[language]);
    }

    [Theory, MemberData(nameof(RulesAndLanguages))]
    public void Bad_example_is_marked_by_its_rule(string ruleId, string language)
    {
        var (rule, examples) = Find(ruleId, language);

        var check = Checker.Check(examples.Bad, language, examples.Context);

        Assert.Contains(check.Problems, p => p.RuleId == rule.Id && p.Kind == rule.Kind);
    }

    [Theory, MemberData(nameof(RulesAndLanguages))]
    public void Correction_of_the_bad_example_passes_its_rule(string ruleId, string language)
    {
        var (rule, examples) = Find(ruleId, language);

        var check = Checker.Check(examples.Correction, language, examples.Context);

        Assert.DoesNotContain(check.Problems, p => p.RuleId == rule.Id);
    }

    [Theory, MemberData(nameof(RulesAndLanguages))]
    public void Good_example_passes_every_rule(string ruleId, string language)
    {
        var (_, examples) = Find(ruleId, language);

        var check = Checker.Check(examples.Good, language, examples.Context);

        Assert.Empty(check.Problems);
    }

    [Fact]
    public void Every_rule_has_examples_in_all_three_languages()
    {
        var missing = DefaultPhrasebook.Rules
            .SelectMany(r => ReplyLanguages.All.Where(l => !r.Examples.ContainsKey(l)).Select(l => $"{r.Id} {l}"));

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_problem_kind_has_a_rule()
    {
        Assert.Equal(ProblemKinds.All.Order(), DefaultPhrasebook.Rules.Select(r => r.Kind).Distinct().Order());
    }
}
