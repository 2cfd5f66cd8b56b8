using System.Text;
using Pantau.Connectors.Feeds.Discovery;

namespace Pantau.Connectors.Tests.Feeds.Discovery;

public sealed class FeedSnifferTests
{
    [Theory]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>", SniffedFormat.Rss)]
    [InlineData("\n  <!-- generated --><?xml-stylesheet href=\"x.xsl\"?><rss><channel/></rss>", SniffedFormat.Rss)]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title></feed>", SniffedFormat.Atom)]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><channel/></rdf:RDF>", SniffedFormat.Rdf)]
    [InlineData("<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss><channel><title>caf\u00e9</title></channel></rss>", SniffedFormat.Rss)]
    [InlineData("<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><rss>&b;</rss>", SniffedFormat.Rss)]
    [InlineData("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"items\": []}", SniffedFormat.JsonFeed)]
    [InlineData("{\"title\": \"t\", \"items\": [{\"id\": 1}], \"version\": \"https://jsonfeed.org/version/1\"}", SniffedFormat.JsonFeed)]
    [InlineData("{\"version\": \"2.0\"}", SniffedFormat.None)]
    [InlineData("{\"posts\": []}", SniffedFormat.None)]
    [InlineData("[1, 2, 3]", SniffedFormat.None)]
    [InlineData("{\"version\": ", SniffedFormat.None)]
    [InlineData("<!DOCTYPE html><html><head><title>x</title></head><body></body></html>", SniffedFormat.None)]
    [InlineData("<!doctype html><html><body><p>unclosed", SniffedFormat.None)]
    [InlineData("<html><body><rss></rss></body></html>", SniffedFormat.None)]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", SniffedFormat.None)]
    [InlineData("plain text", SniffedFormat.None)]
    [InlineData("", SniffedFormat.None)]
    public void Feeds_are_told_apart_by_their_root(string text, SniffedFormat expected)
    {
        var bytes = text.Contains("windows-1252", StringComparison.Ordinal) ? Encoding.Latin1.GetBytes(text) : Encoding.UTF8.GetBytes(text);

        Assert.Equal(expected, FeedSniffer.Sniff(bytes));
    }

    [Fact]
    public void A_byte_order_mark_and_utf16_are_understood()
    {
        var rss = "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss><channel/></rss>";

        Assert.Equal(SniffedFormat.Rss, FeedSniffer.Sniff([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(rss.Replace("utf-16", "utf-8", StringComparison.Ordinal))]));
        Assert.Equal(SniffedFormat.Rss, FeedSniffer.Sniff([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(rss)]));
    }

    [Fact]
    public void A_root_buried_under_megabytes_of_comment_is_not_read_to_the_end()
    {
        var text = "<!--" + new string('x', 5_000_000) + "--><rss/>";

        Assert.Equal(SniffedFormat.None, FeedSniffer.Sniff(Encoding.UTF8.GetBytes(text)));
    }
}
