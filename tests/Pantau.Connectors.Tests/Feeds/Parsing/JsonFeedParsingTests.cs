using Pantau.Connectors.Feeds.Parsing;
using static Pantau.Connectors.Tests.Feeds.Parsing.FeedCorpus;

namespace Pantau.Connectors.Tests.Feeds.Parsing;

public sealed class JsonFeedParsingTests
{
    [Fact]
    public void JsonFeed11_reads_feed_and_items()
    {
        var feed = Parse("jsonfeed11.json", new Uri("https://json.example.id/feed.json"));

        Assert.Equal(FeedFormat.JsonFeed11, feed.Format);
        Assert.Equal("Catatan JSON", feed.Title);
        Assert.Equal("https://json.example.id/", feed.Link);
        Assert.Equal("https://json.example.id/feed.json", feed.SelfUrl);
        Assert.Equal(["https://hub.example.id/"], feed.HubUrls);
        Assert.Equal("id", feed.Language);
        Assert.Equal(3, feed.Items.Count);

        var first = feed.Items[0];
        Assert.Equal("1", first.Id);
        Assert.Equal("<p>Halo <b>dunia</b></p>", first.ContentHtml);
        Assert.Equal("Ringkas &amp; jelas", first.SummaryHtml);
        Assert.Equal(Utc(2024, 5, 1, 2), first.Published);
        Assert.Equal(Utc(2024, 5, 1, 3), first.Updated);
        Assert.Equal("Sari", first.Author);
        Assert.Equal(["halo", "dunia"], first.Categories);
        Assert.Equal("en", first.Language);
        Assert.Equal(new FeedMedia("https://json.example.id/a.mp3", "audio/mpeg", "Audio", null), Assert.Single(first.Media));
    }

    [Fact]
    public void JsonFeed_content_text_is_escaped_into_html_and_numeric_ids_and_relative_urls_work()
    {
        var feed = Parse("jsonfeed11.json", new Uri("https://json.example.id/feed.json"));

        var second = feed.Items[1];
        Assert.Equal("2", second.Id);
        Assert.False(second.IdIsDerived);
        Assert.Equal("https://json.example.id/2", second.Link);
        Assert.Equal("Baris satu<br>\nBaris &lt;dua&gt;", second.ContentHtml);
        Assert.Equal("https://json.example.id/2.jpg", Assert.Single(second.Media).Url);

        var third = feed.Items[2];
        Assert.True(third.IdIsDerived);
        Assert.StartsWith("sha256:", third.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonFeed10_reads_single_author()
    {
        var feed = Parse("jsonfeed10.json");

        Assert.Equal(FeedFormat.JsonFeed10, feed.Format);
        var item = Assert.Single(feed.Items);
        Assert.Equal("Brent", item.Author);
        Assert.Equal(Utc(2017, 5, 17, 15, 2, 12), item.Published);
        Assert.Equal("Plain text content", item.ContentHtml);
    }

    [Fact]
    public void Json_without_a_version_but_with_items_is_read_with_a_warning()
    {
        var feed = ParseText("""{ "title": "t", "items": [ { "id": "a", "content_html": "<p>x</p>", "date_published": "kemarin" }, 5 ] }""");

        Assert.Equal(FeedFormat.JsonFeed11, feed.Format);
        Assert.Equal("a", Assert.Single(feed.Items).Id);
        Assert.Contains("line 1: JSON Feed without a version; read as 1.1", feed.Warnings);
        Assert.Contains("line 1: item 1: unreadable date 'kemarin'", feed.Warnings);
        Assert.Contains("line 1: item 2 is not an object; skipped", feed.Warnings);
    }

    [Fact]
    public void Broken_json_names_the_line()
    {
        var error = Assert.Throws<FeedParseException>(() => Parse("json-broken.json"));

        Assert.Equal(6, error.Line);
        Assert.StartsWith("line 6: not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_that_is_not_a_feed_is_refused()
    {
        var error = Assert.Throws<FeedParseException>(() => Parse("json-not-a-feed.json"));

        Assert.Equal("line 1: no feed root element (<rss>, <feed>, <rdf:RDF>) or JSON Feed version", error.Message);
    }
}
