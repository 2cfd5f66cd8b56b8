using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Pantau.Connectors.Feeds.Parsing;

namespace Pantau.Benchmarks;

/// <summary>
/// The issue 6 parsing target (at least 50 MB/s of typical RSS on one core): a generated WordPress-style RSS 2.0 feed
/// of about 1 MB, 240 items each with a CDATA content:encoded of a few kilobytes of HTML, dc:creator, categories,
/// slash:comments and wfw:commentRss. <see cref="Parse"/> is the streaming parse alone; <see cref="ParseAndPlainText"/>
/// adds <see cref="FeedText.ToPlainText"/> of every item's content (AngleSharp), what the connector does before
/// matching; <see cref="ParseRepaired"/> is the same feed with bare '&amp;' so the repair pass runs.
/// MB/s = feed size (printed at setup) / mean time.
/// </summary>
[MemoryDiagnoser]
public class FeedParsingBenchmarks
{
    private static readonly string[] Words =
    [
        "pelanggan", "layanan", "keluhan", "aplikasi", "bank", "kecewa", "cepat", "respon", "internet", "mati", "hari",
        "ini", "sangat", "bagus", "buruk", "customer", "service", "the", "and", "network", "down", "again", "terima",
        "kasih", "tolong", "segera", "diperbaiki", "harga", "naik", "promo", "gratis", "ongkir", "pengiriman", "lambat",
    ];

    private byte[] _feed = [];
    private byte[] _broken = [];

    [GlobalSetup]
    public void Setup()
    {
        _feed = Encoding.UTF8.GetBytes(Generate(items: 240, bareAmpersands: false));
        _broken = Encoding.UTF8.GetBytes(Generate(items: 240, bareAmpersands: true));
        var parsed = FeedParser.Parse(_feed);
        Console.WriteLine(FormattableString.Invariant($"// feed: {_feed.Length:N0} bytes ({_feed.Length / 1048576.0:F2} MiB), {parsed.Items.Count} items; repaired variant {_broken.Length:N0} bytes"));
    }

    [Benchmark(Baseline = true)]
    public int Parse() => FeedParser.Parse(_feed).Items.Count;

    [Benchmark]
    public int ParseAndPlainText()
    {
        var characters = 0;
        foreach (var item in FeedParser.Parse(_feed).Items)
        {
            characters += FeedText.ToPlainText(item.ContentHtml ?? item.SummaryHtml).Length;
        }

        return characters;
    }

    [Benchmark]
    public int ParseRepaired() => FeedParser.Parse(_broken).Items.Count;

    /// <summary>A deterministic feed; <paramref name="bareAmpersands"/> puts an unescaped '&amp;' in every title.</summary>
    public static string Generate(int items, bool bareAmpersands)
    {
        var random = new Random(6);
        var xml = new StringBuilder(1 << 20);
        xml.Append("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"
              xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
              xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
            <channel>
              <title>Blog Pelanggan</title>
              <atom:link href="https://blog.example.id/feed/" rel="self" type="application/rss+xml" />
              <atom:link href="https://pubsubhubbub.appspot.com" rel="hub" />
              <link>https://blog.example.id</link>
              <description>Cerita pelanggan</description>
              <lastBuildDate>Mon, 10 Jun 2024 03:00:00 +0000</lastBuildDate>
              <language>id-ID</language>
              <sy:updatePeriod>hourly</sy:updatePeriod>
              <sy:updateFrequency>1</sy:updateFrequency>

            """);
        var start = new DateTimeOffset(2024, 6, 10, 3, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < items; i++)
        {
            var slug = string.Create(CultureInfo.InvariantCulture, $"{Word(random)}-{Word(random)}-{i}");
            var published = start.AddMinutes(-37 * i).ToString("r", CultureInfo.InvariantCulture);
            xml.Append("  <item>\n    <title>").Append(Sentence(random, 8)).Append(bareAmpersands ? " & more" : " &amp; more").Append("</title>\n")
                .Append("    <link>https://blog.example.id/2024/06/").Append(slug).Append("/</link>\n")
                .Append("    <comments>https://blog.example.id/2024/06/").Append(slug).Append("/#respond</comments>\n")
                .Append("    <dc:creator><![CDATA[").Append(Word(random)).Append("]]></dc:creator>\n")
                .Append("    <pubDate>").Append(published).Append("</pubDate>\n")
                .Append("    <category><![CDATA[").Append(Word(random)).Append("]]></category>\n")
                .Append("    <category><![CDATA[").Append(Word(random)).Append("]]></category>\n")
                .Append("    <guid isPermaLink=\"false\">https://blog.example.id/?p=").Append(i + 1000).Append("</guid>\n")
                .Append("    <description><![CDATA[").Append(Sentence(random, 30)).Append(" [&#8230;]]]></description>\n")
                .Append("    <content:encoded><![CDATA[");
            var paragraphs = random.Next(4, 9);
            for (var p = 0; p < paragraphs; p++)
            {
                xml.Append("<p>").Append(Sentence(random, 40)).Append(" <strong>").Append(Word(random)).Append("</strong> &#8220;")
                    .Append(Sentence(random, 12)).Append("&#8221; <a href=\"https://blog.example.id/tag/").Append(Word(random)).Append("/\">")
                    .Append(Word(random)).Append("</a> &amp; ").Append(Sentence(random, 20)).Append("</p>\n");
                if (p == 1)
                {
                    xml.Append("<figure><img src=\"https://blog.example.id/wp-content/uploads/2024/06/").Append(slug)
                        .Append(".jpg\" alt=\"").Append(Word(random)).Append("\" width=\"800\" height=\"600\" /></figure>\n");
                }
            }

            xml.Append("]]></content:encoded>\n")
                .Append("    <wfw:commentRss>https://blog.example.id/2024/06/").Append(slug).Append("/feed/</wfw:commentRss>\n")
                .Append("    <slash:comments>").Append(random.Next(0, 50)).Append("</slash:comments>\n  </item>\n");
        }

        return xml.Append("</channel>\n</rss>\n").ToString();
    }

    private static string Word(Random random) => Words[random.Next(Words.Length)];

    private static string Sentence(Random random, int words)
    {
        var sentence = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            sentence.Append(w == 0 ? "" : " ").Append(Word(random));
        }

        return sentence.ToString();
    }
}
