using Pantau.Core.Enrichment;
using Pantau.Core.Posts;

namespace Pantau.Core.Tests.Enrichment;

public sealed class BaselineEnricherTests
{
    private static readonly BaselineEnricher Enricher = new();

    private static Core.Enrichment.Enrichment Enrich(string text, long? followers = null, string? language = null, PostEngagement? engagement = null) =>
        Enricher.Enrich(NormalisedPost.From(Posts.WorkspaceA, Posts.Source, Posts.Raw(text, followers: followers, language: language, engagement: engagement)));

    [Fact]
    public void A_positive_word_makes_praise()
    {
        var result = Enrich("Pelayanannya bagus dan ramah");

        Assert.Equal(Sentiment.Positive, result.Sentiment);
        Assert.Equal(Intent.Praise, result.Intent);
        Assert.True(result.SentimentScore > 0);
        Assert.Equal(["bagus", "ramah"], result.Explanation);
    }

    [Fact]
    public void A_negative_word_makes_a_complaint()
    {
        var result = Enrich("Sinyal LEMOT parah");

        Assert.Equal(Sentiment.Negative, result.Sentiment);
        Assert.Equal(Intent.Complaint, result.Intent);
        Assert.True(result.SentimentScore < 0);
    }

    [Theory]
    [InlineData("pelayanan tidak bagus")]
    [InlineData("pelayanan gak bagus")]
    [InlineData("kurang ramah")]
    [InlineData("not good at all")]
    public void Negation_flips_the_next_word(string text)
    {
        var result = Enrich(text);

        Assert.Equal(Sentiment.Negative, result.Sentiment);
        Assert.Equal(Intent.Complaint, result.Intent);
        Assert.Single(result.Explanation);
        Assert.Contains(" ", result.Explanation[0], StringComparison.Ordinal); // "tidak bagus": the explanation names the negation
    }

    [Fact]
    public void Negating_a_negative_word_is_positive()
    {
        var result = Enrich("sekarang tidak lemot lagi");

        Assert.Equal(Sentiment.Positive, result.Sentiment);
        Assert.Equal(["tidak lemot"], result.Explanation);
    }

    [Fact]
    public void The_score_stays_between_minus_one_and_one()
    {
        Assert.InRange(Enrich("bagus mantap keren puas cepat ramah enak").SentimentScore, -1, 1);
        Assert.InRange(Enrich("lemot lelet gangguan kecewa parah buruk jelek").SentimentScore, -1, 1);
    }

    [Theory]
    [InlineData("slot gacor maxwin hari ini")]
    [InlineData("Daftar sekarang, #GIVEAWAY pulsa")]
    public void Spam_cues_mark_spam(string text)
    {
        var result = Enrich(text);

        Assert.True(result.IsSpam);
        Assert.Equal(Intent.Other, result.Intent);
    }

    [Fact]
    public void A_complaint_that_mentions_a_spam_word_is_not_spam()
    {
        var result = Enrich("kecewa banget, pinjol terus yang sms");

        Assert.False(result.IsSpam);
        Assert.Equal(Intent.Complaint, result.Intent);
    }

    [Theory]
    [InlineData("Kapan paket baru keluar")]
    [InlineData("gimana cara daftar")]
    [InlineData("Paketnya masih ada?")]
    [InlineData("kumaha carana")]
    public void Questions_are_recognised(string text)
    {
        var result = Enrich(text);

        Assert.Equal(Intent.Question, result.Intent);
        Assert.Equal(Sentiment.Neutral, result.Sentiment);
    }

    [Fact]
    public void A_negative_question_is_a_complaint()
    {
        Assert.Equal(Intent.Complaint, Enrich("kenapa sinyal lemot terus?").Intent);
    }

    [Fact]
    public void Neutral_text_is_other()
    {
        var result = Enrich("saya di rumah");

        Assert.Equal(Sentiment.Neutral, result.Sentiment);
        Assert.Equal(Intent.Other, result.Intent);
        Assert.Equal(0, result.SentimentScore);
        Assert.Empty(result.Explanation);
    }

    [Theory]
    [InlineData(12_345L, 12_345L)]
    [InlineData(null, 0L)]
    [InlineData(-5L, 0L)]
    public void Reach_comes_from_followers(long? followers, long expected)
    {
        Assert.Equal(expected, Enrich("halo", followers: followers).Reach);
    }

    [Fact]
    public void Impact_grows_with_reach_engagement_and_negativity()
    {
        var small = Enrich("halo", followers: 10).Impact;
        var big = Enrich("halo", followers: 1_000_000).Impact;
        var engaged = Enrich("halo", followers: 10, engagement: new PostEngagement(100, 50, 20)).Impact;
        var negative = Enrich("lemot", followers: 10).Impact;

        Assert.True(big > small);
        Assert.True(engaged > small);
        Assert.Equal(small + 1, negative, 3);
    }

    [Fact]
    public void Language_is_the_declared_one_or_guessed()
    {
        Assert.Equal("jv", Enrich("apik tenan", language: "jv").Language);
        Assert.Equal("en", Enrich("why is my internet so slow").Language);
        Assert.Equal("id", Enrich("internet saya lambat sekali").Language);
        Assert.Equal("und", Enrich("😡😡").Language);
    }

    [Fact]
    public void Enrich_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => Enricher.Enrich(null!));
    }
}
