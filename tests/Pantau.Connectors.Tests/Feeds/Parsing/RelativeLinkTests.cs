using static Pantau.Connectors.Tests.Feeds.Parsing.FeedCorpus;

namespace Pantau.Connectors.Tests.Feeds.Parsing;

public sealed class RelativeLinkTests
{
    [Fact]
    public void Xml_base_resolves_feed_and_entry_links()
    {
        var feed = Parse("relative-links.xml", new Uri("https://ignored.example.com/feed"));

        Assert.Equal("https://rel.example.org/blog/", feed.Link);
        Assert.Equal("https://rel.example.org/blog/feed.atom", feed.SelfUrl);
        Assert.Equal("https://rel.example.org/blog/2024/one", feed.Items[0].Link);
        Assert.Equal("https://rel.example.org/img/one.png", Assert.Single(feed.Items[0].Media).Url);
        Assert.Equal("https://rel.example.org/blog/", feed.Items[0].ContentBaseUrl);
        Assert.Equal("https://other.example.net/archive/two.html", feed.Items[1].Link);
    }

    [Fact]
    public void Feed_url_resolves_links_when_there_is_no_xml_base()
    {
        var feed = Parse("relative-links-rss.xml", new Uri("https://site.example.com/blog/feed.xml"));

        Assert.Equal("https://site.example.com/", feed.Link);
        var item = Assert.Single(feed.Items);
        Assert.Equal("https://site.example.com/2024/item.html", item.Link);
        Assert.Equal("https://site.example.com/blog/item.html#comments", item.CommentsUrl);
        Assert.Equal("https://site.example.com/2024/item.html", item.ContentBaseUrl); // no xml:base: the item's page
    }

    [Fact]
    public void Without_any_base_relative_links_are_kept_as_given()
    {
        var item = Assert.Single(Parse("relative-links-rss.xml").Items);

        Assert.Equal("/2024/item.html", item.Link);
    }
}
