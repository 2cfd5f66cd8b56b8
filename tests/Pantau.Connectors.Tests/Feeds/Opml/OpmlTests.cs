using System.Text;
using Pantau.Connectors.Feeds.Opml;

namespace Pantau.Connectors.Tests.Feeds.Opml;

public sealed class OpmlTests
{
    private static IReadOnlyList<OpmlFeed> Read(string xml) => OpmlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)));

    [Fact]
    public void Feeds_are_read_at_any_depth_with_their_folders_as_category()
    {
        var feeds = Read("""
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0">
              <head><title>Langganan</title></head>
              <body>
                <outline text="Berita">
                  <outline text="Ekonomi">
                    <outline type="rss" text="Kontan" xmlUrl="https://www.kontan.co.id/rss" htmlUrl="https://www.kontan.co.id/" />
                  </outline>
                  <outline type="rss" title="Detik" text="detik" xmlUrl="https://rss.detik.com/index.php/detikcom" />
                </outline>
                <outline type="rss" text="Blog Budi" xmlUrl="https://budi.blogspot.com/feeds/posts/default" />
                <outline type="rss" text="Duplicate" xmlUrl="https://budi.blogspot.com/feeds/posts/default" />
                <outline text="A folder without feeds" />
              </body>
            </opml>
            """);

        Assert.Equal(
            [
                new OpmlFeed("https://www.kontan.co.id/rss", "Kontan", "https://www.kontan.co.id/", "Berita / Ekonomi"),
                new OpmlFeed("https://rss.detik.com/index.php/detikcom", "Detik", null, "Berita"),
                new OpmlFeed("https://budi.blogspot.com/feeds/posts/default", "Blog Budi", null, null),
            ],
            feeds);
    }

    [Fact]
    public void What_is_written_reads_back_the_same()
    {
        OpmlFeed[] feeds =
        [
            new("https://example.com/feed/", "Contoh & Co <blog>", "https://example.com/", "Blogs"),
            new("https://news.example.com/rss", "News", null, null),
        ];
        using var output = new MemoryStream();
        OpmlWriter.Write(output, "Pantau: Demo", new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero), feeds);

        var xml = Encoding.UTF8.GetString(output.ToArray());
        Assert.Contains("<opml version=\"2.0\">", xml, StringComparison.Ordinal);
        Assert.Contains("Thu, 03 Dec 2026 09:00:00 GMT", xml, StringComparison.Ordinal);
        Assert.Equal(feeds.OrderBy(f => f.Category ?? "", StringComparer.Ordinal), Read(xml));
    }

    [Theory]
    [InlineData("<html><body>not opml</body></html>", "line 1: the document is not OPML")]
    [InlineData("<opml><body><outline xmlUrl='x'></body></opml>", "line 1:")]
    [InlineData("<!DOCTYPE opml [<!ENTITY x 'y'>]><opml><body/></opml>", "line 1:")]
    public void A_document_that_is_not_OPML_is_refused_with_its_line(string xml, string expected)
    {
        var error = Assert.Throws<FormatException>(() => Read(xml));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }
}
