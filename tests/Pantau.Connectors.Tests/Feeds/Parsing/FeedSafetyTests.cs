using System.Diagnostics;
using System.Text;
using Pantau.Connectors.Feeds.Parsing;
using static Pantau.Connectors.Tests.Feeds.Parsing.FeedCorpus;

namespace Pantau.Connectors.Tests.Feeds.Parsing;

public sealed class FeedSafetyTests
{
    [Fact]
    public void Billion_laughs_neither_expands_nor_hangs()
    {
        var clock = Stopwatch.StartNew();

        var feed = Parse("billion-laughs.xml");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
        var item = Assert.Single(feed.Items);
        Assert.Equal("&lol9;", item.Title);
        Assert.DoesNotContain("lollol", item.Title, StringComparison.Ordinal);
        Assert.Contains(feed.Warnings, w => w.Contains("DTD removed", StringComparison.Ordinal));
    }

    [Fact]
    public void External_entities_are_never_resolved()
    {
        var feed = Parse("external-entity.xml");

        var item = Assert.Single(feed.Items);
        Assert.Equal("Secret: &xxe;", item.Title);
        Assert.Equal("&remote;", item.SummaryHtml);
        Assert.DoesNotContain("root:", item.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_html_is_made_safe_by_sanitise()
    {
        var item = Assert.Single(Parse("hostile-html.xml").Items);

        var safe = FeedHtml.Sanitise(item.ContentHtml!, new Uri(item.ContentBaseUrl!));

        Assert.DoesNotContain("<script", safe, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", safe, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", safe, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", safe, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", safe, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", safe, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", safe, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("position:fixed", safe, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<img src=\"https://evil.example.com/pic.png\">", safe, StringComparison.Ordinal);
        Assert.Contains("href=\"https://evil.example.com/relative/page\"", safe, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:care@example.com\"", safe, StringComparison.Ordinal);
        Assert.Contains("styled", safe, StringComparison.Ordinal);
    }

    [Fact]
    public void Item_count_is_capped_with_a_warning()
    {
        var xml = new StringBuilder("<rss version=\"2.0\"><channel>");
        for (var i = 0; i < 10_005; i++)
        {
            xml.Append("<item><guid>").Append(i).Append("</guid></item>");
        }

        var feed = ParseText(xml.Append("</channel></rss>").ToString());

        Assert.Equal(10_000, feed.Items.Count);
        Assert.Contains("line 1: more than 10000 items; 5 skipped", feed.Warnings);
    }

    [Fact]
    public void Text_fields_are_capped_with_a_warning()
    {
        var big = new string('x', 1024 * 1024 + 10);
        var xml = "<rss version=\"2.0\"><channel><item><title>t</title><description>" + big + "</description></item></channel></rss>";

        var item = Assert.Single(ParseText(xml, null).Items);

        Assert.Equal(1024 * 1024, item.SummaryHtml!.Length);
        Assert.Contains("line 1: text longer than 1048576 characters cut", ParseText(xml).Warnings);
    }

    [Fact]
    public void Non_web_links_are_dropped()
    {
        var entry = Parse("relative-links.xml").Items[2];

        Assert.Null(entry.Link);
        Assert.Equal("urn:rel:3", entry.Id);
    }
}
