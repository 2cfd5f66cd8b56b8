using Pantau.Core.Enrichment;
using Pantau.Core.Posts;

namespace Pantau.Core.Tests.Enrichment;

public sealed class ReachEstimateTests
{
    private static RawPost Post(string kind = SourceKinds.X, string network = "x", long? followers = null, string? url = null) =>
        Posts.Raw("isi berita") with
        {
            SourceKind = kind,
            Network = network,
            Url = url,
            Author = new PostAuthor("someone", null, followers),
        };

    [Fact]
    public void Known_followers_are_the_reach()
    {
        Assert.Equal(12_345, ReachEstimate.For(Post(followers: 12_345)));
        Assert.Equal(12_345, ReachEstimate.For(Post(SourceKinds.Feed, "feed", 12_345, "https://news.detik.com/x")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0L)]
    [InlineData(-5L)]
    public void An_unknown_social_author_reaches_no_one(long? followers)
    {
        Assert.Equal(0, ReachEstimate.For(Post(followers: followers, url: "https://x.com/someone/status/1")));
    }

    [Theory]
    [InlineData("https://news.detik.com/berita/d-123/judul", 100_000)]
    [InlineData("https://DETIK.com/x", 100_000)]
    [InlineData("https://m.detik.com/x", 100_000)]
    [InlineData("detik.com/berita/123", 100_000)]
    [InlineData("https://money.kompas.com/read/2026/11/01/x", 100_000)]
    [InlineData("https://jakarta.tribunnews.com/2026/11/01/x", 100_000)]
    [InlineData("https://www.thejakartapost.com/business/x", 10_000)]
    [InlineData("https://www.republika.co.id/berita/x", 30_000)]
    [InlineData("https://tempo.co/x", 30_000)]
    [InlineData("https://www.kompasiana.com/budi/x", 3_000)]
    [InlineData("https://medium.com/@budi/x", 1_000)]
    [InlineData("https://budi.blogspot.com/2026/11/x.html", 300)]
    [InlineData("https://budi.wordpress.com/x", 300)]
    public void A_feed_post_without_followers_reaches_its_sites_audience(string url, long expected)
    {
        Assert.Equal(expected, ReachEstimate.For(Post(SourceKinds.Feed, "feed", url: url)));
    }

    [Theory]
    [InlineData("news")]
    [InlineData("blog")]
    [InlineData("NEWS")]
    public void A_news_or_blog_network_counts_as_a_site_whatever_the_source(string network)
    {
        Assert.Equal(100_000, ReachEstimate.For(Post(SourceKinds.Webhook, network, followers: 0, url: "https://www.cnnindonesia.com/x")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("https://notdetik.com/x")] // a look-alike is not the portal
    [InlineData("https://detik.com.example.net/x")]
    [InlineData("ftp://detik.com/x")]
    [InlineData("https://blog-kecil.id/x")]
    public void An_unknown_site_reaches_a_small_default(string? url)
    {
        Assert.Equal(ReachEstimate.UnknownSite, ReachEstimate.For(Post(SourceKinds.Feed, "feed", url: url)));
    }

    [Fact]
    public void The_table_names_about_forty_sites_by_their_bare_domain()
    {
        Assert.InRange(SiteAudiences.All.Count, 40, 60);
        Assert.All(SiteAudiences.All, pair =>
        {
            Assert.Equal(pair.Key.ToLowerInvariant(), pair.Key);
            Assert.False(pair.Key.StartsWith("www.", StringComparison.Ordinal));
            Assert.Equal(pair.Value, SiteAudiences.For("https://" + pair.Key + "/"));
        });
    }
}
