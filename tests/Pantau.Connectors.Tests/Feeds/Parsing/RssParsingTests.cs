using Pantau.Connectors.Feeds.Parsing;
using static Pantau.Connectors.Tests.Feeds.Parsing.FeedCorpus;

namespace Pantau.Connectors.Tests.Feeds.Parsing;

public sealed class RssParsingTests
{
    [Fact]
    public void Rss20_reads_channel_and_items()
    {
        var feed = Parse("rss20-basic.xml");

        Assert.Equal(FeedFormat.Rss20, feed.Format);
        Assert.Equal("Kabar Pelanggan", feed.Title);
        Assert.Equal("https://kabar.example.id/", feed.Link);
        Assert.Equal("Berita dan keluhan pelanggan", feed.Description);
        Assert.Equal("id", feed.Language);
        Assert.Equal(30, feed.TtlMinutes);
        Assert.Equal(Utc(2024, 1, 5, 3, 30), feed.Updated);
        Assert.Empty(feed.Warnings);
        Assert.Equal(2, feed.Items.Count);

        var first = feed.Items[0];
        Assert.Equal("kabar-1001", first.Id);
        Assert.False(first.IdIsDerived);
        Assert.Equal("Layanan internet mati seharian", first.Title);
        Assert.Equal("https://kabar.example.id/2024/01/internet-mati", first.Link);
        Assert.Equal("Redaksi Kabar", first.Author);
        Assert.Equal(Utc(2024, 1, 5, 2, 15), first.Published);
        Assert.Equal(TimeSpan.Zero, first.Published!.Value.Offset);
        Assert.Equal("Pelanggan mengeluh layanan <b>mati</b> sejak pagi.", first.SummaryHtml);
        Assert.Null(first.ContentHtml);
        Assert.Equal(["Keluhan", "Internet"], first.Categories);
        Assert.Equal("https://kabar.example.id/2024/01/internet-mati#komentar", first.CommentsUrl);
        var enclosure = Assert.Single(first.Media);
        Assert.Equal(new FeedMedia("https://kabar.example.id/audio/1001.mp3", "audio/mpeg", null, null), enclosure);
    }

    [Fact]
    public void Rss20_guid_that_is_a_permalink_is_the_id_and_the_link_stays()
    {
        var item = Parse("rss20-basic.xml").Items[1];

        Assert.Equal("https://kabar.example.id/?p=1002", item.Id);
        Assert.Equal("https://kabar.example.id/2024/01/respon-cepat", item.Link);
        Assert.Equal(Utc(2024, 1, 4, 8), item.Published);
    }

    [Fact]
    public void Content_encoded_goes_to_content_and_description_to_summary()
    {
        var item = Assert.Single(Parse("rss20-content-encoded.xml").Items);

        Assert.Equal("<p>Baterai ponsel ini <strong>awet</strong> dua hari.</p><p>Kamera & layar bagus.</p>", item.ContentHtml);
        Assert.Equal("Ringkasan: baterai <em>awet</em>.", item.SummaryHtml);
        Assert.Equal("Budi Santoso", item.Author);
        Assert.Equal(Utc(2024, 3, 10, 7, 20), item.Published);
        Assert.Equal("id", item.Language);
        Assert.Equal(["Gawai"], item.Categories);
    }

    [Fact]
    public void Unescaped_html_in_an_rss10_description_loses_the_rss_namespace()
    {
        var xml = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
              <item rdf:about="https://x.example/1"><title>t</title><description>a <b>b</b></description></item>
            </rdf:RDF>
            """;

        Assert.Equal("a <b>b</b>", Assert.Single(ParseText(xml).Items).SummaryHtml);
    }

    [Fact]
    public void Rss10_rdf_reads_items_beside_the_channel_and_syndication_period()
    {
        var feed = Parse("rss10-rdf.xml");

        Assert.Equal(FeedFormat.Rss10, feed.Format);
        Assert.Equal("RDF Site Summary", feed.Title);
        Assert.Equal("en", feed.Language);
        Assert.Equal(30, feed.TtlMinutes); // hourly, twice
        Assert.Equal(["First", "Second"], feed.Items.Select(i => i.Title));
        Assert.Equal("Ann", feed.Items[0].Author);
        Assert.Equal(Utc(2024, 2, 2, 8), feed.Items[1].Published);
        Assert.Equal("https://rdf.example.org/two", feed.Items[1].Link); // from rdf:about
        Assert.Equal("https://rdf.example.org/two", feed.Items[1].Id);
        Assert.True(feed.Items[1].IdIsDerived);
    }

    [Fact]
    public void Rss090_is_recognised_by_its_namespace()
    {
        var feed = Parse("rss090.xml");

        Assert.Equal(FeedFormat.Rss090, feed.Format);
        Assert.Equal("Mozilla Dot Org", feed.Title);
        Assert.Equal(["http://www.mozilla.org/status/", "http://www.mozilla.org/bugs/"], feed.Items.Select(i => i.Link));
    }

    [Fact]
    public void Rss091_with_an_external_dtd_reads_without_fetching_it()
    {
        var feed = Parse("rss091.xml");

        Assert.Equal(FeedFormat.Rss091, feed.Format);
        Assert.Equal("en-us", feed.Language);
        var item = Assert.Single(feed.Items);
        Assert.Equal("Giving the world a pluggable Gnutella", item.Title);
        Assert.Equal("http://writetheweb.com/read.php?item=24", item.Id);
    }

    [Fact]
    public void Rss092_item_with_only_a_description_and_enclosure_is_kept()
    {
        var feed = Parse("rss092.xml");

        Assert.Equal(FeedFormat.Rss092, feed.Format);
        var item = Assert.Single(feed.Items);
        Assert.Null(item.Title);
        Assert.StartsWith("It's been a few days", item.SummaryHtml, StringComparison.Ordinal);
        Assert.StartsWith("sha256:", item.Id, StringComparison.Ordinal);
        Assert.Equal("audio/mpeg", Assert.Single(item.Media).Type);
    }

    [Fact]
    public void Unescaped_html_in_description_is_kept_as_markup_and_text_stays_text()
    {
        var feed = Parse("html-in-description.xml");

        Assert.Equal("<p>Paragraph <b>bold</b></p><p>Second</p>", feed.Items[0].SummaryHtml);
        Assert.Equal("Just text, no markup", feed.Items[1].SummaryHtml);
        // Text beside unescaped elements stays text: "<script>" here was written as text, not markup.
        Assert.Equal("1 &lt; 2 &amp; <b>bold</b> &lt;script&gt;", feed.Items[2].SummaryHtml);
    }
}
