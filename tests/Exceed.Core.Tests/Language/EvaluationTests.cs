using Exceed.Core.Language;

namespace Exceed.Core.Tests.Language;

/// <summary>
/// The checker against 300+ replies we labelled by hand (tests/data). The target is 0.90 precision and 0.85
/// recall; precision meets it, recall does not yet (0.55 on the set rewritten 2026-11-23, docs/benchmarks.md). Until the
/// rules catch up, recall is held at the measured floor so a change that loses what the checker finds fails here;
/// raise <see cref="RecallFloor"/> as recall improves, up to the target.
/// </summary>
public sealed class EvaluationTests(ITestOutputHelper output)
{
    private const double PrecisionBar = 0.90;
    private const double RecallFloor = 0.50;
    private static readonly ReplyChecker Checker = new(DefaultPhrasebook.Entries());

    private Scorecard Score(params string[] parts)
    {
        var card = new Scorecard();
        foreach (var reply in parts.SelectMany(LabelledReply.Load))
        {
            var check = Checker.Check(reply.Text, reply.Language, reply.Context);
            card.Add(reply, check.Problems.Select(p => p.Kind).ToHashSet());
        }
        output.WriteLine(card.Table());
        output.WriteLine(string.Join('\n', card.Misses));
        return card;
    }

    [Fact]
    public void Evaluation_set_has_at_least_300_replies_in_each_of_the_three_languages()
    {
        var replies = LabelledReply.Load("dev").Concat(LabelledReply.Load("holdout")).ToList();

        Assert.True(replies.Count >= 300, $"{replies.Count} replies");
        Assert.All(ReplyLanguages.All, language => Assert.True(replies.Count(r => r.Language == language) >= 50, language));
    }

    [Fact]
    public void Checker_keeps_its_precision_and_recall_floor_on_the_whole_set()
    {
        var overall = Score("dev", "holdout").Overall;

        Assert.True(overall.Precision >= PrecisionBar, $"precision {overall.Precision:0.000}");
        Assert.True(overall.Recall >= RecallFloor, $"recall {overall.Recall:0.000}");
    }

    [Fact]
    public void Checker_keeps_its_precision_and_recall_floor_on_the_holdout()
    {
        var overall = Score("holdout").Overall;

        Assert.True(overall.Precision >= PrecisionBar, $"precision {overall.Precision:0.000}");
        Assert.True(overall.Recall >= RecallFloor, $"recall {overall.Recall:0.000}");
    }
}
