using Pantau.Core.Queries;

namespace Pantau.Core.Tests.Queries;

public sealed class TermMatcherTests
{
    private static readonly Guid Topic1 = new("10000000-0000-0000-0000-000000000001");
    private static readonly Guid Topic2 = new("10000000-0000-0000-0000-000000000002");
    private static readonly Guid Topic3 = new("10000000-0000-0000-0000-000000000003");

    private static TermMatcher One(string query, Guid? workspace = null) =>
        TermMatcher.Compile([new TopicDefinition(Topic1, workspace ?? Posts.WorkspaceA, query)]);

    private static bool Matches(string query, string text, string? title = null) =>
        One(query).Match(Posts.In(Posts.WorkspaceA, text, title)).Contains(Topic1);

    [Theory]
    [InlineData("Telkomsel lemot banget")]
    [InlineData("kenapa #Telkomsel gangguan")]
    [InlineData("@TELKOMSEL tolong dicek")]
    [InlineData("ＴＥＬＫＯＭＳＥＬ!!!")]
    public void A_plain_term_matches_the_word_the_hashtag_and_the_mention(string text)
    {
        Assert.True(Matches("telkomsel", text));
    }

    [Theory]
    [InlineData("#telkomsel", "promo #Telkomsel hari ini", true)]
    [InlineData("#telkomsel", "promo Telkomsel hari ini", false)]
    [InlineData("#telkomsel", "halo @telkomsel", false)]
    [InlineData("@telkomsel", "halo @Telkomsel", true)]
    [InlineData("@telkomsel", "halo telkomsel", false)]
    [InlineData("@telkomsel", "halo #telkomsel", false)]
    public void A_hashtag_or_mention_term_matches_only_itself(string query, string text, bool expected)
    {
        Assert.Equal(expected, Matches(query, text));
    }

    [Theory]
    [InlineData("kartuhalo", "kartu halo")] // a word is a whole token, never a prefix or substring
    [InlineData("halo", "kartuhalo")]
    [InlineData("telkom", "telkomsel")]
    public void Terms_match_whole_tokens_only(string query, string text)
    {
        Assert.False(Matches(query, text));
    }

    [Theory]
    [InlineData("Kartu   HALO error terus", true)]
    [InlineData("sinyal kartu halo.", true)]
    [InlineData("kartu baru halo", false)] // not adjacent
    [InlineData("halo kartu", false)] // wrong order
    [InlineData("kartu", false)] // phrase longer than the post
    [InlineData("kartu #halo", true)] // a word in a phrase also matches a hashtag
    public void A_phrase_matches_adjacent_tokens_in_order(string text, bool expected)
    {
        Assert.Equal(expected, Matches("\"kartu halo\"", text));
    }

    [Fact]
    public void A_hashtag_in_a_phrase_must_be_a_hashtag()
    {
        Assert.True(Matches("kartu #halo", "kartu #halo"));
        Assert.False(Matches("kartu #halo", "kartu halo"));
    }

    [Fact]
    public void Title_tokens_are_matched_too()
    {
        Assert.True(Matches("indihome", "internet mati dari pagi", title: "Keluhan IndiHome"));
        Assert.False(Matches("indihome", "internet mati dari pagi", title: "Keluhan"));
    }

    [Fact]
    public void A_phrase_does_not_span_title_and_text()
    {
        Assert.False(Matches("\"keluhan internet\"", "internet mati", title: "Keluhan"));
    }

    [Fact]
    public void Url_segments_never_match()
    {
        Assert.False(Matches("telkomsel", "cek https://www.telkomsel.com/telkomsel/promo"));
    }

    [Fact]
    public void A_topic_of_one_workspace_never_matches_a_post_of_another()
    {
        var matcher = TermMatcher.Compile(
        [
            new TopicDefinition(Topic1, Posts.WorkspaceA, "telkomsel"),
            new TopicDefinition(Topic2, Posts.WorkspaceB, "indihome"),
        ]);

        Assert.Equal([Topic1], matcher.Match(Posts.In(Posts.WorkspaceA, "telkomsel dan indihome")));
        Assert.Equal([Topic2], matcher.Match(Posts.In(Posts.WorkspaceB, "telkomsel dan indihome")));
        Assert.Empty(matcher.Match(Posts.In(Guid.NewGuid(), "telkomsel dan indihome")));
    }

    [Fact]
    public void The_same_query_in_two_workspaces_matches_each_workspace_only_with_its_own_topic()
    {
        var matcher = TermMatcher.Compile(
        [
            new TopicDefinition(Topic1, Posts.WorkspaceA, "telkomsel"),
            new TopicDefinition(Topic2, Posts.WorkspaceB, "telkomsel"),
        ]);

        Assert.Equal([Topic1], matcher.Match(Posts.In(Posts.WorkspaceA, "telkomsel")));
        Assert.Equal([Topic2], matcher.Match(Posts.In(Posts.WorkspaceB, "telkomsel")));
    }

    [Fact]
    public void A_post_can_match_several_topics()
    {
        var matcher = TermMatcher.Compile(
        [
            new TopicDefinition(Topic1, Posts.WorkspaceA, "telkomsel"),
            new TopicDefinition(Topic2, Posts.WorkspaceA, "#indihome, xl"),
            new TopicDefinition(Topic3, Posts.WorkspaceA, "smartfren"),
        ]);

        var matched = matcher.Match(Posts.In(Posts.WorkspaceA, "pindah dari Telkomsel ke XL"));

        Assert.Equal([Topic1, Topic2], matched.Order());
        Assert.Equal(3, matcher.TopicCount);
    }

    [Fact]
    public void A_topic_is_reported_once_however_often_it_matches()
    {
        var matcher = TermMatcher.Compile(
        [
            new TopicDefinition(Topic1, Posts.WorkspaceA, "telkomsel, #telkomsel, tsel, \"kartu halo\""),
        ]);

        var matched = matcher.Match(Posts.In(
            Posts.WorkspaceA,
            "telkomsel #telkomsel @telkomsel tsel kartu halo telkomsel",
            title: "Telkomsel kartu halo"));

        Assert.Equal([Topic1], matched);
    }

    [Fact]
    public void No_match_is_an_empty_list()
    {
        Assert.Empty(One("telkomsel").Match(Posts.In(Posts.WorkspaceA, "tidak ada apa-apa di sini")));
        Assert.Empty(TermMatcher.Empty.Match(Posts.In(Posts.WorkspaceA, "telkomsel")));
        Assert.Equal(0, TermMatcher.Empty.TopicCount);
    }

    [Fact]
    public void A_topic_whose_query_has_no_terms_matches_nothing()
    {
        var matcher = One(" , ");

        Assert.Empty(matcher.Match(Posts.In(Posts.WorkspaceA, "apa saja")));
        Assert.Equal(1, matcher.TopicCount);
    }
}
