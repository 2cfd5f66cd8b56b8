using Pantau.Testing.Feeds;
using System.Text;
using Microsoft.AspNetCore.Http;
using Pantau.Connectors.Feeds.Discovery;
using Pantau.Connectors.Feeds.Fetching;

namespace Pantau.Connectors.Tests.Feeds.Discovery;

public sealed class FeedDiscoveryTests : IAsyncLifetime
{
    private const string Rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Blog</title></channel></rss>";
    private const string Atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Blog</title></feed>";
    private const string Html = "text/html; charset=utf-8";
    private static readonly string[] CommonPaths = ["/feed", "/feed/", "/rss", "/rss.xml", "/atom.xml", "/feed.xml", "/index.xml", "/feeds/posts/default", "/?feed=rss2"];

    private LocalFeedHost _blog = null!;
    private FeedFetcher _fetcher = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _blog = await LocalFeedHost.StartAsync(Ct);
        _fetcher = new FeedFetcher(new FeedFetchOptions { AllowedHosts = [_blog.Authority], Timeout = TimeSpan.FromSeconds(5) }, TimeProvider.System);
    }

    public async ValueTask DisposeAsync()
    {
        _fetcher.Dispose();
        await _blog.DisposeAsync();
    }

    private Task<IReadOnlyList<DiscoveredFeed>> Discover(string path, int budget = 10) =>
        new FeedDiscovery(_fetcher, budget).DiscoverAsync(_blog.For(path), Ct);

    private int CommonPathRequests() => CommonPaths.Where(p => p != "/?feed=rss2").Sum(_blog.RequestCount);

    [Fact]
    public async Task A_feed_address_is_returned_as_it_is()
    {
        _blog.MapText("/atom", "application/atom+xml", Atom);

        var feeds = await Discover("/atom");

        var feed = Assert.Single(feeds);
        Assert.Equal(new DiscoveredFeed(_blog.For("/atom"), null, FeedKind.Posts, FeedPlatform.Unknown, DiscoveryEvidence.Verified), feed);
    }

    [Fact]
    public async Task Declared_links_resolve_against_base_href_and_no_paths_are_guessed()
    {
        _blog.MapText("/", Html, """
            <!DOCTYPE html><html><head><title> My   Blog </title>
            <base href="/blog/">
            <link rel="alternate" type="application/rss+xml" title="My Blog RSS" href="feed.xml">
            <link rel="Alternate" type="application/atom+xml; charset=utf-8" href="/blog/atom.xml">
            <link rel="alternate" type="application/atom+xml" href="/blog/atom.xml">
            <link rel="alternate" type="application/feed+json" href="https://127.0.0.1:1/feed.json">
            <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
            <link rel="alternate" type="text/html" hreflang="id" href="/id/">
            <link rel="stylesheet" href="/style.css">
            </head><body></body></html>
            """);

        var feeds = await Discover("/");

        Assert.Equal(
            [
                new DiscoveredFeed(_blog.For("/blog/feed.xml"), "My Blog RSS", FeedKind.Posts, FeedPlatform.Unknown, DiscoveryEvidence.Declared),
                new DiscoveredFeed(_blog.For("/blog/atom.xml"), "My Blog", FeedKind.Posts, FeedPlatform.Unknown, DiscoveryEvidence.Declared),
                new DiscoveredFeed(new Uri("https://127.0.0.1:1/feed.json"), "My Blog", FeedKind.Posts, FeedPlatform.Unknown, DiscoveryEvidence.Declared),
            ],
            feeds);
        Assert.Equal(0, CommonPathRequests());
    }

    [Fact]
    public async Task A_blogger_post_page_offers_posts_site_comments_and_the_posts_own_comments()
    {
        _blog.MapText("/2026/11/harga-naik.html", Html, """
            <!DOCTYPE html><html><head><meta name="generator" content="Blogger">
            <title>Harga naik lagi</title>
            <link rel="alternate" type="application/atom+xml" title="Kabar Kota - Atom" href="/feeds/posts/default">
            <link rel="alternate" type="application/rss+xml" title="Kabar Kota - RSS" href="/feeds/posts/default?alt=rss">
            <link rel="alternate" type="application/atom+xml" title="Kabar Kota - Atom Komentar Entri" href="/feeds/8812345678901234567/comments/default">
            </head><body><div class="post"></div></body></html>
            """);
        _blog.MapText("/feeds/comments/default", "application/atom+xml", Atom);

        var feeds = await Discover("/2026/11/harga-naik.html");

        Assert.Equal(
            [
                new DiscoveredFeed(_blog.For("/feeds/posts/default"), "Kabar Kota - Atom", FeedKind.Posts, FeedPlatform.Blogger, DiscoveryEvidence.Declared),
                new DiscoveredFeed(_blog.For("/feeds/posts/default?alt=rss"), "Kabar Kota - RSS", FeedKind.Posts, FeedPlatform.Blogger, DiscoveryEvidence.Declared),
                new DiscoveredFeed(_blog.For("/feeds/8812345678901234567/comments/default"), "Kabar Kota - Atom Komentar Entri", FeedKind.PostComments, FeedPlatform.Blogger, DiscoveryEvidence.Declared),
                new DiscoveredFeed(_blog.For("/feeds/comments/default"), "Harga naik lagi", FeedKind.Comments, FeedPlatform.Blogger, DiscoveryEvidence.Verified),
            ],
            feeds);
    }

    [Fact]
    public async Task A_blogger_page_without_links_is_known_by_its_generator_and_its_post_id_meta()
    {
        _blog.MapText("/2026/11/p.html", Html, """
            <html><head><meta name="generator" content="Blogger"><title>P</title></head>
            <body><div itemscope><meta itemprop="postId" content="42"></div></body></html>
            """);
        _blog.MapText("/feeds/posts/default", "application/atom+xml", Atom);
        _blog.MapText("/feeds/comments/default", "application/atom+xml", Atom);
        _blog.MapText("/feeds/42/comments/default", "application/atom+xml", Atom);

        var feeds = await Discover("/2026/11/p.html");

        Assert.Equal(
            [
                (_blog.For("/feeds/posts/default"), FeedKind.Posts),
                (_blog.For("/feeds/comments/default"), FeedKind.Comments),
                (_blog.For("/feeds/42/comments/default"), FeedKind.PostComments),
            ],
            feeds.Select(f => (f.Url, f.Kind)));
        Assert.All(feeds, f => Assert.Equal((FeedPlatform.Blogger, DiscoveryEvidence.Verified), (f.Platform, f.Evidence)));
    }

    [Fact]
    public async Task A_wordpress_article_declares_site_comments_and_article_comment_feeds_and_its_rest_link_is_no_feed()
    {
        _blog.MapText("/2026/12/halo-dunia/", Html, """
            <!DOCTYPE html><html><head><meta name="generator" content="WordPress 6.7">
            <title>Halo dunia &#8211; Warung Kopi</title>
            <link rel="alternate" type="application/rss+xml" title="Warung Kopi &raquo; Feed" href="http://127.0.0.1:{port}/feed/">
            <link rel="alternate" type="application/rss+xml" title="Warung Kopi &raquo; Comments Feed" href="/comments/feed/">
            <link rel="alternate" type="application/rss+xml" title="Warung Kopi &raquo; Halo dunia Comments Feed" href="/2026/12/halo-dunia/feed/">
            <link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/42">
            <link rel="alternate" type="application/rss+xml" title="Warung Kopi &raquo; Kopi Category Feed" href="/category/kopi/feed/">
            </head><body class="post-template-default single single-post postid-42"></body></html>
            """.Replace("{port}", _blog.BaseUri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        var feeds = await Discover("/2026/12/halo-dunia/");

        Assert.Equal(
            [
                (_blog.For("/feed/"), FeedKind.Posts, "Warung Kopi » Feed"),
                (_blog.For("/comments/feed/"), FeedKind.Comments, "Warung Kopi » Comments Feed"),
                (_blog.For("/2026/12/halo-dunia/feed/"), FeedKind.PostComments, "Warung Kopi » Halo dunia Comments Feed"),
                (_blog.For("/category/kopi/feed/"), FeedKind.Posts, "Warung Kopi » Kopi Category Feed"),
            ],
            feeds.Select(f => (f.Url, f.Kind, f.Title!)));
        Assert.All(feeds, f => Assert.Equal((FeedPlatform.WordPress, DiscoveryEvidence.Declared), (f.Platform, f.Evidence)));
        Assert.Equal(0, CommonPathRequests());
    }

    [Fact]
    public async Task A_wordpress_article_without_links_gets_its_platform_feeds_checked()
    {
        _blog.MapText("/2026/12/kabar", Html, """
            <html><head><title>Kabar</title><script src="/wp-content/themes/x/app.js"></script></head>
            <body class="single postid-7"><p>isi</p></body></html>
            """);
        _blog.MapText("/feed/", "application/rss+xml", Rss);
        _blog.MapText("/comments/feed/", "application/rss+xml", Rss);
        _blog.MapText("/2026/12/kabar/feed/", "application/rss+xml", Rss);

        var feeds = await Discover("/2026/12/kabar");

        Assert.Equal(
            [
                (_blog.For("/feed/"), FeedKind.Posts),
                (_blog.For("/comments/feed/"), FeedKind.Comments),
                (_blog.For("/2026/12/kabar/feed/"), FeedKind.PostComments),
            ],
            feeds.Select(f => (f.Url, f.Kind)));
        Assert.All(feeds, f => Assert.Equal((FeedPlatform.WordPress, DiscoveryEvidence.Verified), (f.Platform, f.Evidence)));
    }

    [Fact]
    public async Task A_wordpress_home_page_offers_no_article_comments_and_drops_guesses_that_are_not_feeds()
    {
        _blog.MapText("/", Html, "<html><head><link rel='https://api.w.org/' href='/wp-json/'></head><body class='home blog'></body></html>");
        _blog.MapText("/feed/", "application/rss+xml", Rss);
        _blog.MapText("/comments/feed/", Html, "<html><body>Not found, but 200</body></html>");

        var feeds = await Discover("/");

        var feed = Assert.Single(feeds);
        Assert.Equal((_blog.For("/feed/"), FeedKind.Posts, FeedPlatform.WordPress, DiscoveryEvidence.Verified), (feed.Url, feed.Kind, feed.Platform, feed.Evidence));
    }

    [Fact]
    public async Task When_the_budget_runs_out_platform_feeds_are_offered_as_guesses()
    {
        _blog.MapText("/", Html, "<html><head><meta name='generator' content='WordPress 6.7'></head><body></body></html>");
        _blog.MapText("/feed/", "application/rss+xml", Rss);

        var feeds = await Discover("/", budget: 1);

        Assert.Equal(
            [(_blog.For("/feed/"), DiscoveryEvidence.Verified), (_blog.For("/comments/feed/"), DiscoveryEvidence.Guessed)],
            feeds.Select(f => (f.Url, f.Evidence)));
        Assert.Equal(0, _blog.RequestCount("/comments/feed/"));
    }

    [Fact]
    public async Task A_page_without_links_finds_a_feed_at_a_common_path_and_stops_there()
    {
        _blog.MapText("/", Html, "<html><head><title>Toko</title></head><body>Selamat datang</body></html>");
        _blog.Map("/feed", context =>
        {
            context.Response.StatusCode = 301;
            context.Response.Headers.Location = "/feed.rss";
            return Task.CompletedTask;
        });
        _blog.MapText("/feed.rss", "application/rss+xml", Rss);

        var feeds = await Discover("/");

        Assert.Equal([new DiscoveredFeed(_blog.For("/feed.rss"), "Toko", FeedKind.Posts, FeedPlatform.Unknown, DiscoveryEvidence.Verified)], feeds);
        Assert.Equal(0, _blog.RequestCount("/feed/"));
        Assert.Equal(0, _blog.RequestCount("/rss"));
    }

    [Fact]
    public async Task A_page_with_nothing_finds_nothing_within_the_fetch_budget()
    {
        _blog.MapText("/", Html, "<html><body>nothing here</body></html>");

        var feeds = await Discover("/");

        // "/?feed=rss2" is answered by the "/" route, so "/" counts the page and that guess.
        var candidateFetches = CommonPathRequests() + _blog.RequestCount("/") - 1;
        Assert.Empty(feeds);
        Assert.Equal(2, _blog.RequestCount("/"));
        Assert.Equal(CommonPaths.Length, candidateFetches);
    }

    [Fact]
    public async Task Hostile_html_does_not_break_discovery()
    {
        var html = new StringBuilder("<html><head><title>")
            .Append(new string('T', 100_000))
            .Append("</title><script>document.write('<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/evil\">')</script>")
            .Append("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/real.xml\" title=\"")
            .Append(new string('x', 50_000))
            .Append("\"><link rel=alternate type=application/rss+xml href=\"http://[::1\"><meta name=generator content=\"")
            .Append("</head><body><div><p><table><tr><td><b><i>")
            .Insert(0, "\0\u0001<<<>>>")
            .Append(string.Concat(Enumerable.Repeat("<div>", 20_000)))
            .Append("<!-- unclosed comment")
            .ToString();
        _blog.MapText("/", Html, html);

        var feeds = await Discover("/");

        var feed = Assert.Single(feeds);
        Assert.Equal(_blog.For("/real.xml"), feed.Url);
        Assert.Equal(200, feed.Title!.Length);
        Assert.Equal(0, _blog.RequestCount("/evil"));
    }

    [Fact]
    public async Task The_first_address_failing_is_reported_as_a_fetch_error()
    {
        _blog.Map("/", context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        });

        var error = await Assert.ThrowsAsync<FeedFetchException>(() => Discover("/"));

        Assert.Equal("HTTP 503 from 127.0.0.1", error.Message);
    }
}
