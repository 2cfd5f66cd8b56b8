using Pantau.Connectors.Feeds.Parsing;
using static Pantau.Connectors.Tests.Feeds.Parsing.FeedCorpus;

namespace Pantau.Connectors.Tests.Feeds.Parsing;

public sealed class AtomParsingTests
{
    [Fact]
    public void Atom10_reads_feed_links_and_every_text_type()
    {
        var feed = Parse("atom10-xhtml.xml");

        Assert.Equal(FeedFormat.Atom10, feed.Format);
        Assert.Equal("Example Atom", feed.Title);
        Assert.Equal("Atom with every text type", feed.Description);
        Assert.Equal("https://atom.example.net/", feed.Link);
        Assert.Equal("https://atom.example.net/feed.atom", feed.SelfUrl);
        Assert.Equal(["https://hub.example.net/"], feed.HubUrls);
        Assert.Equal("en", feed.Language);
        Assert.Equal(Utc(2024, 4, 1, 12), feed.Updated);
        Assert.Empty(feed.Warnings);

        var xhtml = feed.Items[0];
        Assert.Equal("tag:atom.example.net,2024:fish", xhtml.Id);
        Assert.Equal("Fish & Chips", xhtml.Title); // type="html" title becomes plain text
        Assert.Equal("https://atom.example.net/2024/fish", xhtml.Link);
        Assert.Equal("Chef Joe", xhtml.Author);
        Assert.Equal(Utc(2024, 4, 1, 8), xhtml.Published);
        Assert.Equal(Utc(2024, 4, 1, 9), xhtml.Updated);
        Assert.Equal(["Food"], xhtml.Categories);
        Assert.Equal("Cheap &amp; cheerful: 1 &lt; 2", xhtml.SummaryHtml); // type="text" escaped
        Assert.Equal("<p>Best <b>fish</b> in town.</p>", xhtml.ContentHtml); // xhtml unwrapped from its div

        Assert.Equal("<p>Escaped <em>HTML</em></p>", feed.Items[1].ContentHtml);
        Assert.Equal("Tom &amp; Jerry &lt;3", feed.Items[2].ContentHtml);
        Assert.Null(feed.Items[2].Link);
    }

    [Fact]
    public void Atom03_reads_modes_issued_and_tagline()
    {
        var feed = Parse("atom03.xml");

        Assert.Equal(FeedFormat.Atom03, feed.Format);
        Assert.Equal("Atom 0.3 lives on", feed.Description);
        Assert.Equal(Utc(2005, 7, 31, 12, 29, 29), feed.Updated);
        var entry = feed.Items[0];
        Assert.Equal("<p>Escaped content</p>", entry.ContentHtml);
        Assert.Equal("A summary", entry.SummaryHtml);
        Assert.Equal(Utc(2005, 7, 31, 12, 29, 29), entry.Published);
        Assert.Equal(Utc(2005, 7, 31, 13), entry.Updated);
        Assert.Equal("Mark", entry.Author);
        Assert.Equal("<p>Hello base64</p>", feed.Items[1].ContentHtml);
    }

    [Fact]
    public void Google_alerts_entry_keeps_the_redirect_link_and_plain_title()
    {
        var feed = Parse("google-alerts.xml");

        Assert.Equal("https://www.google.com/alerts/feeds/00000000000000000000/1234567890", feed.SelfUrl);
        var entry = Assert.Single(feed.Items);
        Assert.Equal("Nasabah Bank Pantau keluhkan aplikasi error", entry.Title);
        Assert.StartsWith("https://www.google.com/url?rct=j&sa=t&url=https://news.example.id/nasabah-keluhkan", entry.Link, StringComparison.Ordinal);
        Assert.Equal("Sejumlah nasabah <b>Bank Pantau</b> mengeluhkan aplikasi <b>...</b>", entry.ContentHtml);
        Assert.Null(entry.Author); // empty <name/>
    }

    [Fact]
    public void Atom_without_its_namespace_is_still_read()
    {
        var feed = Parse("atom-no-namespace.xml");

        Assert.Equal(FeedFormat.Atom10, feed.Format);
        var entry = Assert.Single(feed.Items);
        Assert.Equal("urn:nons:1", entry.Id);
        Assert.Equal("https://nons.example.com/1", entry.Link);
        Assert.Equal("Hello", entry.SummaryHtml);
    }

    [Fact]
    public void Youtube_media_group_gives_video_thumbnail_and_description()
    {
        var feed = Parse("youtube.xml");

        var entry = Assert.Single(feed.Items);
        Assert.Equal("yt:video:abc123", entry.Id);
        Assert.Equal("Saluran Pantau", entry.Author);
        var media = Assert.Single(entry.Media);
        Assert.Equal("https://www.youtube.com/v/abc123?version=3", media.Url);
        Assert.Equal("Review jujur", media.Title);
        Assert.Equal("https://i2.ytimg.com/vi/abc123/hqdefault.jpg", media.ThumbnailUrl);
        Assert.Equal("Produk ini bagus &amp; murah.", entry.SummaryHtml);
    }
}
