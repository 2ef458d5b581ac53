using Exceed.Core.Language;

namespace Exceed.Core.Tests.Language;

/// <summary>The price-insult rule: cheaper goods pushed at a customer who did not ask, or with a hint that they cannot pay.</summary>
public sealed class PriceInsultRuleTests
{
    private static readonly ReplyChecker Checker = new(DefaultPhrasebook.Entries());

    [Theory]
    [InlineData("这款是我们的高端系列,您可以看看入门款,价格更适合您。", "入门款")]
    [InlineData("這件比較貴,您看看特價區的吧,比較適合您。", "特價區")]
    [InlineData("这个价位的酒您可能喝不惯,要不试试我们的特价酒?", "特价酒")]
    [InlineData("That model might be a bit pricey for you; maybe look at our budget range instead.", "budget range")]
    public void Cheaper_goods_aimed_at_the_customer_are_marked_where_they_are_named(string reply, string marked)
    {
        var problem = Assert.Single(Checker.Check(reply).Problems, p => p.Kind == ProblemKinds.PriceInsult);

        Assert.Equal(PriceInsultRuleId, problem.RuleId);
        Assert.Equal(marked, reply.Substring(problem.Start, problem.Length));
    }

    [Fact]
    public void Pushing_cheaper_goods_when_the_customer_asked_about_a_discount_is_marked()
    {
        var check = Checker.Check("这款没有折扣。您可以看看旁边这款,便宜一些。", null, "这双鞋有折扣吗?");

        Assert.Contains(check.Problems, p => p.Kind == ProblemKinds.PriceInsult);
    }

    [Theory]
    [InlineData("有没有便宜一点的款式?", "有的,入门款是299元,您可以看看,款式很适合您。")]
    [InlineData("這款有點貴,有平價一點的嗎?", "有的,平價款是1200元,我拿給您看看。")]
    [InlineData("Do you have anything within my budget?", "Yes, our budget range starts at $40; shall I show you?")]
    public void Cheaper_goods_the_customer_asked_for_pass(string context, string reply)
    {
        Assert.DoesNotContain(Checker.Check(reply, null, context).Problems, p => p.Kind == ProblemKinds.PriceInsult);
    }

    [Theory]
    [InlineData("今天下单比平时便宜20元,我帮您留一件。")]
    [InlineData("这个价格已经给您便宜了,今天就能发货。")]
    [InlineData("这款的做工很细,您可以先试试。")]
    [InlineData("Our prices are the same online and in store; would you like to try it on?")]
    [InlineData("The cheapest way to ship it is by post, and I'll cover the fee.")]
    public void Price_talk_that_steers_nobody_passes(string reply)
    {
        Assert.DoesNotContain(Checker.Check(reply).Problems, p => p.Kind == ProblemKinds.PriceInsult);
    }

    [Fact]
    public void Switching_the_rule_off_stops_it()
    {
        var checker = new ReplyChecker(DefaultPhrasebook.Entries(), new HashSet<string> { PriceInsultRuleId });

        Assert.DoesNotContain(checker.Check("这件比较贵,您看看特价区的吧,比较适合您。").Problems, p => p.RuleId == PriceInsultRuleId);
    }

    private const string PriceInsultRuleId = "price.budget";
}
