using System.Text;
using Pantau.Connectors.Feeds.Parsing;
using static Pantau.Connectors.Tests.Feeds.Parsing.FeedCorpus;

namespace Pantau.Connectors.Tests.Feeds.Parsing;

public sealed class MalformedFeedTests
{
    [Fact]
    public void Windows1252_bytes_declared_as_utf8_are_read_as_windows1252()
    {
        var feed = Parse("windows-1252-declared-utf8.xml");

        Assert.Equal("\u201cSmart\u201d quotes", feed.Title);
        Assert.Equal("It\u2019s a caf\u00e9 \u2014 really", Assert.Single(feed.Items).Title);
        Assert.Contains(feed.Warnings, w => w.Contains("not valid UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Byte_order_mark_wins_over_the_declaration_and_the_http_charset()
    {
        var feed = Parse("latin1-declared-bom-utf8.xml", httpCharset: "iso-8859-1");

        Assert.Equal("Kopi \u00e9 \u2019 \u20ac", feed.Title);
        Assert.Equal("Na\u00efve r\u00e9sum\u00e9", Assert.Single(feed.Items).Title);
        Assert.Empty(feed.Warnings);
    }

    [Fact]
    public void Xml_declaration_encoding_is_used_without_http_charset()
    {
        var feed = Parse("latin1-declared.xml");

        Assert.Equal("Caf\u00e9 \u00e0 Paris", feed.Title);
        Assert.Equal("\u00c9t\u00e9", Assert.Single(feed.Items).Title);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ISO-8859-1")]
    public void Utf8_bytes_under_a_latin1_label_are_read_as_utf8(string? httpCharset)
    {
        var feed = Parse("utf8-declared-latin1.xml", httpCharset: httpCharset);

        Assert.Equal("Kopi \u00e9 \u2019", feed.Title);
        Assert.Equal("R\u00e9sum\u00e9", Assert.Single(feed.Items).Title);
        Assert.Contains(feed.Warnings, w => w.Contains("the bytes are UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Http_charset_wins_over_the_xml_declaration()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>\u0416\u0443\u0440\u043d\u0430\u043b</title></channel></rss>";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("windows-1251").GetBytes(xml);

        var feed = FeedParser.Parse(bytes, httpCharset: "windows-1251");

        Assert.Equal("\u0416\u0443\u0440\u043d\u0430\u043b", feed.Title);
    }

    [Fact]
    public void Utf16_with_byte_order_mark_is_read()
    {
        var feed = Parse("utf16-bom.xml");

        Assert.Equal("UTF-16 \u00fc", feed.Title);
        Assert.Equal("Satu", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void Html_named_entities_are_mapped_and_reported()
    {
        var feed = Parse("html-entities.xml");

        Assert.Equal("Caf\u00e9 Berita", feed.Title);
        Assert.Equal("Berita\u00a0terkini \u2014 setiap hari", feed.Description);
        var item = Assert.Single(feed.Items);
        Assert.Equal("Harga kopi naik \u2013 pelanggan kecewa", item.Title);
        Assert.Equal("\u201cTerlalu mahal,\u201d kata pelanggan. \u00a9 2024 & \u00a9 \u2014", item.SummaryHtml);
        Assert.Contains(feed.Warnings, w => w.StartsWith("line 4: HTML entities", StringComparison.Ordinal));
    }

    [Fact]
    public void Legacy_entities_without_a_semicolon_are_read_but_not_inside_words_or_queries()
    {
        var xml = "<rss version=\"2.0\"><channel><item><title>Harga&nbsp;naik &copy 2024 &copyright &lt</title><link>https://x.example/?a=1&copy=2</link></item></channel></rss>";

        var item = Assert.Single(ParseText(xml).Items);

        Assert.Equal("Harga\u00a0naik \u00a9 2024 &copyright <", item.Title);
        Assert.Equal("https://x.example/?a=1&copy=2", item.Link);
    }

    [Fact]
    public void Bare_ampersands_are_escaped_and_reported()
    {
        var feed = Parse("bare-ampersand.xml");

        Assert.Equal("Tom & Jerry News", feed.Title);
        Assert.Equal("https://tj.example.com/?a=1&b=2", feed.Link);
        var item = Assert.Single(feed.Items);
        Assert.Equal("AT&T outage", item.Title);
        Assert.Equal("https://tj.example.com/item?id=5&ref=rss", item.Link);
        Assert.Equal("Q&A: what happened & why; R&D says & sorry", item.SummaryHtml);
        Assert.Contains(feed.Warnings, w => w.StartsWith("line 4: bare '&' escaped", StringComparison.Ordinal));
    }

    [Fact]
    public void Control_characters_are_dropped()
    {
        var feed = Parse("control-chars.xml");

        Assert.Equal("Control chars", feed.Title);
        var item = Assert.Single(feed.Items);
        Assert.Equal("Formfeed item", item.Title);
        Assert.Equal("Bad  reference and verticaltab", item.SummaryHtml);
        Assert.Contains(feed.Warnings, w => w.StartsWith("line 4: characters not allowed in XML removed", StringComparison.Ordinal));
    }

    [Fact]
    public void Truncated_feed_keeps_the_items_before_the_cut_and_names_the_line()
    {
        var feed = Parse("truncated.xml");

        Assert.Equal(["First survives", "Second survives"], feed.Items.Select(i => i.Title));
        var warning = Assert.Single(feed.Warnings, w => w.Contains("breaks off", StringComparison.Ordinal));
        Assert.Matches(@"^line 18: the feed breaks off here \(.*\); 2 items before it kept$", warning);
    }

    [Fact]
    public void Broken_markup_in_the_middle_keeps_earlier_items()
    {
        var xml = "<rss version=\"2.0\"><channel>\n<item><title>ok</title></item>\n<item><title>bad</wrong></item>\n<item><title>lost</title></item>\n</channel></rss>";

        var feed = ParseText(xml);

        Assert.Equal(["ok"], feed.Items.Select(i => i.Title));
        Assert.Contains(feed.Warnings, w => w.StartsWith("line 3: the feed breaks off here", StringComparison.Ordinal));
    }

    [Fact]
    public void Lines_stay_true_after_the_dtd_is_removed()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY a \"b\">\n<!ENTITY c \"d\">\n]>\n<rss version=\"2.0\"><channel>\n<item><title>&a; &eacute;</title></item>\n<item><title>x</oops></item>\n</channel></rss>";

        var feed = ParseText(xml);

        Assert.Equal(["&a; \u00e9"], feed.Items.Select(i => i.Title));
        Assert.Contains("line 2: DTD removed; entities declared in it are not expanded (1×)", feed.Warnings);
        Assert.Contains("line 7: HTML entities (such as &nbsp;) replaced by their characters (1×)", feed.Warnings);
        Assert.Contains(feed.Warnings, w => w.StartsWith("line 8: the feed breaks off here", StringComparison.Ordinal));
    }

    [Fact]
    public void Garbage_before_any_root_names_the_line_and_column()
    {
        var error = Assert.Throws<FeedParseException>(() => ParseText("\n\n  <<rss>"));

        Assert.Equal(3, error.Line);
        Assert.True(error.Column > 0);
        Assert.StartsWith("line 3: not well-formed XML before the feed root element", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_elements_keep_the_first_value_and_are_all_read()
    {
        var xml = """
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel><title>one</title><title>two</title><description>d1</description><description>d2</description>
                <language>id</language><language>en</language><pubDate>Fri, 05 Jan 2024 10:00:00 GMT</pubDate><pubDate>x</pubDate>
                <item><title>a</title><title>b</title><guid>g1</guid><guid>g2</guid><description>s1</description><description>s2</description>
                  <content:encoded>c1</content:encoded><content:encoded>c2</content:encoded><dc:creator>p1</dc:creator><dc:creator>p2</dc:creator>
                  <author>q1</author><pubDate>Fri, 05 Jan 2024 10:00:00 GMT</pubDate><pubDate>Sat, 06 Jan 2024 10:00:00 GMT</pubDate>
                  <comments>https://x.example/c1</comments><comments>https://x.example/c2</comments><link>https://x.example/1</link><link>https://x.example/2</link>
                </item>
                <item><title>next</title></item>
              </channel>
            </rss>
            """;

        var feed = ParseText(xml);

        Assert.Equal(("one", "d1", "id"), (feed.Title, feed.Description, feed.Language));
        Assert.Equal(["a", "next"], feed.Items.Select(i => i.Title));
        var item = feed.Items[0];
        Assert.Equal(("g1", "s1", "c1", "p1"), (item.Id, item.SummaryHtml, item.ContentHtml, item.Author));
        Assert.Equal(Utc(2024, 1, 5, 10), item.Published);
        Assert.Equal(("https://x.example/1", "https://x.example/c1"), (item.Link, item.CommentsUrl));
    }

    [Fact]
    public void Html_page_is_refused_with_its_line()
    {
        var error = Assert.Throws<FeedParseException>(() => Parse("not-a-feed.html"));

        // The <html> element's line (the DOCTYPE before it is legal XML).
        Assert.Equal("line 2: the document is HTML, not a feed", error.Message);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Xhtml_page_that_is_well_formed_xml_is_refused_as_html()
    {
        var error = Assert.Throws<FeedParseException>(() => Parse("html-with-xml-declaration.xml"));

        Assert.Equal(3, error.Line);
        Assert.Equal("line 3: the document is HTML, not a feed", error.Message);
    }

    [Fact]
    public void Other_xml_is_refused_naming_its_root()
    {
        var error = Assert.Throws<FeedParseException>(() => Parse("not-a-feed.xml"));

        Assert.Equal(2, error.Line);
        Assert.StartsWith("line 2: no feed root element (<rss>, <feed>, <rdf:RDF>) or JSON Feed version", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.xml")]
    [InlineData("whitespace-only.xml")]
    public void Empty_document_is_refused(string file)
    {
        var error = Assert.Throws<FeedParseException>(() => Parse(file));

        Assert.Equal("line 1: the document is empty", error.Message);
    }

    [Fact]
    public void Unreadable_dates_are_warned_about_with_their_line()
    {
        var feed = Parse("dates-indonesian.xml");

        Assert.Contains("line 10: unreadable date 'kemarin'", feed.Warnings);
        Assert.Null(feed.Items[4].Published);
    }

    [Fact]
    public void Item_without_anything_to_identify_it_is_skipped_with_its_line()
    {
        var feed = Parse("missing-ids.xml");

        Assert.Equal(4, feed.Items.Count);
        Assert.Contains("line 23: item without title, link, id or content skipped", feed.Warnings);
    }
}
