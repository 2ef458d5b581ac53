using Exceed.Core.Customers;
using Exceed.Core.Search;

namespace Exceed.Core.Tests.Search;

public class TokenizerTests
{
    [Theory]
    [InlineData("訂單", "订单")]
    [InlineData("質量", "质量")]
    [InlineData("發貨", "发货")]
    [InlineData("陳麗華", "陈丽华")]
    [InlineData("羊絨圍巾", "羊绒围巾")]
    public void Traditional_folds_to_the_Simplified_a_shopper_would_type(string traditional, string simplified) =>
        Assert.Equal(simplified, ChineseVariants.ToSimplified(traditional));

    [Fact]
    public void Folding_twice_changes_nothing_more() =>
        Assert.Equal(ChineseVariants.ToSimplified("乾隆年間的臺灣麵條"), ChineseVariants.ToSimplified(ChineseVariants.ToSimplified("乾隆年間的臺灣麵條")));

    [Fact]
    public void Chinese_becomes_bigrams_then_single_characters_and_English_whole_words()
    {
        Assert.Equal("订单 单发 发货 订 单 发 货 where is my parcel", SearchTokenizer.Terms("訂單發貨: Where is my PARCEL?"));
    }

    [Fact]
    public void Full_width_letters_and_digits_are_ordinary_words() =>
        Assert.Equal("order 1208", SearchTokenizer.Terms("ＯＲＤＥＲ １２０８"));

    [Fact]
    public void A_Chinese_query_is_the_phrase_of_its_bigrams()
    {
        var query = SearchQuery.Parse("訂單發貨 refund").Value!;

        Assert.Equal("\"订单 单发 发货\" AND \"refund\"", query.ToFts5());
        Assert.Equal("('订单' <-> '单发' <-> '发货') & ('refund')", query.ToTsQuery());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("，。！？")]
    [InlineData("a b c d e f g h i")]
    public void Empty_or_unsearchable_queries_are_refused_naming_q(string q) =>
        Assert.Equal("q", Assert.Single(SearchQuery.Parse(q).Problem!.Errors!).Key);

    [Fact]
    public void An_oversize_query_is_refused() =>
        Assert.Contains("at most 200", SearchQuery.Parse(new string('订', 201)).Problem!.Detail);

    [Fact]
    public void Highlights_point_at_the_original_characters_even_when_folding_changes_width()
    {
        const string text = "您的ＯＲＤＥＲ已經發貨，訂單號 A-1208";
        var query = SearchQuery.Parse("发货 order 1208").Value!;

        var found = Highlighter.Find(text, query).Select(r => text.Substring(r.Start, r.Length)).ToList();

        Assert.Equal(["ＯＲＤＥＲ", "發貨", "1208"], found);
    }

    [Fact]
    public void A_decomposed_accent_stays_with_its_letter()
    {
        const string text = "cafe\u0301 open";
        var found = Highlighter.Find(text, SearchQuery.Parse("café").Value!);

        Assert.Equal(new TextRange(0, 5), Assert.Single(found));
    }

    [Fact]
    public void The_snippet_starts_shortly_before_the_first_match()
    {
        var text = new string('好', 300) + "訂單" + new string('好', 300);
        var highlights = Highlighter.Find(text, SearchQuery.Parse("订单").Value!);

        var snippet = Highlighter.Snippet(text, highlights);

        Assert.Equal(270, snippet.Start);
        Assert.Equal(Highlighter.SnippetLength, snippet.Length);
    }
}
