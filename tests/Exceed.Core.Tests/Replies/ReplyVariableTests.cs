using Exceed.Core.Conversations;
using Exceed.Core.Recognition;
using Exceed.Core.Replies;

namespace Exceed.Core.Tests.Replies;

public sealed class ReplyVariableTests
{
    private static readonly ReplyContext Wang = new("zh-Hans", "王建国", "王先生,早上好", "TB-1", "小李", 9, ChannelKind.Chat);

    [Fact]
    public void Every_known_variable_is_filled_from_the_conversation()
    {
        Assert.Equal("王先生,早上好!王建国 的订单 TB-1 由小李跟进",
            ReplyVariables.Fill("{greeting}!{name} 的订单 {order} 由{agent}跟进", Wang));
    }

    [Fact]
    public void Value_we_do_not_know_leaves_nothing_behind()
    {
        var stranger = Wang with { Name = null, OrderNumber = null };

        Assert.Equal("您好,订单  已收到", ReplyVariables.Fill("您好{name},订单 {order} 已收到", stranger));
    }

    [Fact]
    public void Braces_that_are_not_variables_are_kept_as_written()
    {
        Assert.Equal("价格 {见附件} 和 {", ReplyVariables.Fill("价格 {见附件} 和 {", Wang));
    }

    [Fact]
    public void Typo_in_a_variable_is_reported_when_saving()
    {
        Assert.Equal(["custmer"], ReplyVariables.Unknown("{custmer},您好 {greeting}"));
    }

    [Fact]
    public void Value_is_inserted_as_written_even_when_it_looks_like_markup()
    {
        Assert.Equal("Hi <b>x</b>", ReplyVariables.Fill("Hi {name}", Wang with { Name = "<b>x</b>" }));
    }
}

public sealed class MomentChoiceTests
{
    private static MomentTemplate Template(string body, string? agent = null, ChannelKind? channel = null, Greeting.DayPart? part = null) =>
        new() { Moment = Moment.Greeting, Language = "en", Body = body, AgentId = agent, Channel = channel, DayPart = part };

    [Theory]
    [InlineData(8, "morning")]
    [InlineData(21, "evening")]
    [InlineData(15, "any time")]
    public void Time_of_day_picks_the_template_written_for_it(int hour, string expected)
    {
        var templates = new[] { Template("any time"), Template("morning", part: Greeting.DayPart.Morning), Template("evening", part: Greeting.DayPart.Evening) };

        Assert.Equal(expected, MomentChoice.Choose(templates, Moment.Greeting, "en", "a1", ChannelKind.Chat, hour)!.Body);
    }

    [Fact]
    public void Agents_own_template_beats_a_team_one_for_the_exact_channel_and_time()
    {
        var templates = new[] { Template("team", channel: ChannelKind.Email, part: Greeting.DayPart.Morning), Template("mine", agent: "a1") };

        Assert.Equal("mine", MomentChoice.Choose(templates, Moment.Greeting, "en", "a1", ChannelKind.Email, 9)!.Body);
        Assert.Equal("team", MomentChoice.Choose(templates, Moment.Greeting, "en", "a2", ChannelKind.Email, 9)!.Body);
    }

    [Fact]
    public void Template_for_another_channel_or_language_is_not_offered()
    {
        var templates = new[] { Template("email only", channel: ChannelKind.Email) };

        Assert.Null(MomentChoice.Choose(templates, Moment.Greeting, "en", "a1", ChannelKind.Chat, 9));
        Assert.Null(MomentChoice.Choose(templates, Moment.Greeting, "zh-Hans", "a1", ChannelKind.Email, 9));
    }

    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("zh-Hant")]
    [InlineData("en")]
    public void Shipped_defaults_cover_both_moments_at_every_hour_in_every_language(string language)
    {
        foreach (var moment in Enum.GetValues<Moment>())
        {
            Assert.All(Enumerable.Range(0, 24), hour => Assert.NotNull(MomentChoice.Choose(DefaultMoments.All, moment, language, "a1", null, hour)));
        }
    }
}
