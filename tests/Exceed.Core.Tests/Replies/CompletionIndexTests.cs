using Exceed.Core.Language;
using Exceed.Core.Replies;

namespace Exceed.Core.Tests.Replies;

public sealed class CompletionIndexTests
{
    private static PhraseEntry Recommended(string language, string phrase, string kind = "ownership") =>
        new() { Language = language, Use = PhraseUse.Recommended, Kind = kind, Phrase = phrase };

    private static readonly CompletionIndex Index = new([
        Recommended("zh-Hans", "我来帮您"), Recommended("zh-Hans", "我来处理"), Recommended("zh-Hans", "马上为您", "promise"),
        Recommended("zh-Hant", "馬上為您", "promise"), Recommended("en", "thank you", "thanks"), Recommended("en", "i'll", "ownership"),
        Recommended("en", "apologi*", "apology"),
        new PhraseEntry { Language = "zh-Hans", Use = PhraseUse.Discouraged, Kind = "negative-wording", Phrase = "我来不了" },
    ]);

    [Fact]
    public void Start_of_a_phrase_at_the_end_of_the_draft_offers_every_phrase_it_starts()
    {
        var offered = Index.Complete("好的,我来", "zh-Hans");

        Assert.Equal(["我来处理", "我来帮您"], offered.Select(c => c.Phrase).Order(StringComparer.Ordinal));
        Assert.All(offered, c => Assert.Equal(2, c.Replace));
    }

    [Fact]
    public void Traditional_draft_is_completed_from_the_Traditional_phrasebook()
    {
        Assert.Equal("馬上為您", Assert.Single(Index.Complete("請稍等,馬上", "zh-Hant")).Phrase);
    }

    [Fact]
    public void English_completes_whole_words_only_and_reads_as_written_in_a_reply()
    {
        Assert.Equal("thank you", Assert.Single(Index.Complete("Well, than", "en")).Phrase);
        Assert.Empty(Index.Complete("Well, ethan", "en"));
    }

    [Fact]
    public void Nothing_is_offered_for_a_finished_sentence_a_single_character_or_a_discouraged_phrase()
    {
        Assert.Empty(Index.Complete("我来帮您。", "zh-Hans"));
        Assert.Empty(Index.Complete("我", "zh-Hans"));
        Assert.Empty(Index.Complete("我来不", "zh-Hans"));
        Assert.Empty(Index.Complete("apolo", "en"));
    }
}
