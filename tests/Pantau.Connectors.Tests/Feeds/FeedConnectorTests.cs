using Pantau.Testing.Feeds;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using Pantau.Connectors.Abstractions;
using Pantau.Connectors.Feeds;
using Pantau.Connectors.Feeds.Fetching;
using Pantau.Connectors.Feeds.Parsing;
using Pantau.Core.Posts;

namespace Pantau.Connectors.Tests.Feeds;

/// <summary>The feed connector against a real local HTTP server: what it delivers, what it remembers, when it asks again.</summary>
public sealed class FeedConnectorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);
    private LocalFeedHost _host = null!;
    private FeedFetcher _fetcher = null!;
    private FeedConnector _connector = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _host = await LocalFeedHost.StartAsync(Ct);
        _fetcher = new FeedFetcher(new FeedFetchOptions { AllowedHosts = [_host.Authority] }, TimeProvider.System);
        _connector = new FeedConnector(_fetcher, new PollSchedule(new FeedPollingOptions()), _clock);
    }

    public async ValueTask DisposeAsync()
    {
        _fetcher.Dispose();
        await _host.DisposeAsync();
    }

    private SourceContext Source(string path, string network = "news") => new(
        Guid.NewGuid(), Guid.NewGuid(), SourceKinds.Feed, "Kabar",
        JsonSerializer.SerializeToElement(new { url = _host.For(path).AbsoluteUri, network }),
        new Dictionary<string, string>());

    private static string Rss(params (string Guid, string Title, string Body, int HoursAgo)[] items)
    {
        var xml = new StringBuilder("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
            <channel><title>Kabar Nusantara</title><link>https://kabar.example/</link><language>id-ID</language>
            <atom:link rel="hub" href="https://hub.example/" /><atom:link rel="self" href="https://kabar.example/feed" />
            """);
        foreach (var (guid, title, body, hoursAgo) in items)
        {
            xml.Append(System.Globalization.CultureInfo.InvariantCulture, $"""
                <item><guid>https://kabar.example/{guid}</guid><title>{title}</title><link>https://kabar.example/{guid}</link>
                <dc:creator>Rina Wartawan</dc:creator><pubDate>{Start.AddHours(-hoursAgo):R}</pubDate>
                <description><![CDATA[{body}]]></description><slash:comments>4</slash:comments></item>
                """);
        }

        return xml.Append("</channel></rss>").ToString();
    }

    /// <summary>Serves <paramref name="body"/> with an ETag, and 304 to a request that has it.</summary>
    private void Serve(string path, Func<string> body) => _host.Map(path, async context =>
    {
        var text = body();
        var etag = $"\"{StableTag(text)}\"";
        if (context.Request.Headers.IfNoneMatch == etag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.Headers.ETag = etag;
        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await context.Response.WriteAsync(text, context.RequestAborted);
    });

    private static string StableTag(string text) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    private async Task<PullResult> PullAsync(SourceContext source, string? cursor)
    {
        // The connector waits for the feed's next check: jump the clock there first, as time passing would.
        if (cursor is not null && FeedCursor.Read(cursor, FeedSourceSettings.From(source.Settings).Url).NextCheckAt is { } due && due > _clock.GetUtcNow())
        {
            _clock.SetUtcNow(due);
        }

        return await _connector.PullAsync(source, cursor, Ct);
    }

    [Fact]
    public async Task The_first_read_delivers_every_item_as_a_post()
    {
        Serve("/feed", () => Rss(("a", "Sinyal Nusantel hilang &amp; lemot", "<p>Sudah <b>3 hari</b> sinyal hilang.</p><script>alert(1)</script>", 2), ("b", "Promo", "<p>Diskon</p>", 5)));
        var source = Source("/feed");

        var result = await PullAsync(source, null);

        Assert.Equal(2, result.Batch.Posts.Count);
        var post = result.Batch.Posts[0];
        Assert.Equal(SourceKinds.Feed, post.SourceKind);
        Assert.Equal("https://kabar.example/a", post.ExternalId);
        Assert.Equal("news", post.Network);
        Assert.Equal("Sinyal Nusantel hilang & lemot", post.Title);
        Assert.Equal("Sudah 3 hari sinyal hilang.", post.Text);
        Assert.Contains("<b>3 hari</b>", post.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("script", post.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Rina Wartawan", post.Author.Handle);
        Assert.Equal("id", post.Language);
        Assert.Equal(Start.AddHours(-2), post.PublishedAt);
        Assert.Equal(4, post.Engagement.Replies);
        Assert.Null(post.EditedAt);
        Assert.InRange(result.NextPollIn, TimeSpan.FromMinutes(5), TimeSpan.FromHours(24));
        Assert.False(string.IsNullOrWhiteSpace(result.ScheduleNote));

        var cursor = FeedCursor.Read(result.Batch.CursorAfter, FeedSourceSettings.From(source.Settings).Url);
        Assert.Equal(2, cursor.Seen.Count);
        Assert.NotNull(cursor.ETag);
        Assert.Equal(("https://hub.example/", "https://kabar.example/feed"), (cursor.Hub, cursor.Topic));
        Assert.Equal(_clock.GetUtcNow() + result.NextPollIn, cursor.NextCheckAt);
    }

    [Fact]
    public async Task An_unchanged_feed_answers_304_and_delivers_nothing()
    {
        Serve("/feed", () => Rss(("a", "Satu", "isi", 2)));
        var source = Source("/feed");
        var first = await PullAsync(source, null);

        var second = await PullAsync(source, first.Batch.CursorAfter);

        Assert.Empty(second.Batch.Posts);
        Assert.Equal(2, _host.RequestCount("/feed"));
        Assert.Equal(FeedCursor.Read(first.Batch.CursorAfter, FeedSourceSettings.From(source.Settings).Url).Seen,
            FeedCursor.Read(second.Batch.CursorAfter, FeedSourceSettings.From(source.Settings).Url).Seen);
    }

    [Fact]
    public async Task New_items_are_delivered_once_and_edited_items_again_as_edits()
    {
        var items = new List<(string, string, string, int)> { ("a", "Satu", "isi pertama", 3), ("b", "Dua", "isi kedua", 2) };
        Serve("/feed", () => Rss([.. items]));
        var source = Source("/feed");
        var first = await PullAsync(source, null);

        items[1] = ("b", "Dua", "isi kedua, sudah diperbaiki", 2);
        items.Insert(0, ("c", "Tiga", "isi ketiga", 1));
        var second = await PullAsync(source, first.Batch.CursorAfter);

        Assert.Equal(["https://kabar.example/b", "https://kabar.example/c"], second.Batch.Posts.Select(p => p.ExternalId).Order(StringComparer.Ordinal));
        Assert.Equal(_clock.GetUtcNow(), second.Batch.Posts.Single(p => p.ExternalId.EndsWith("/b", StringComparison.Ordinal)).EditedAt);
        Assert.Null(second.Batch.Posts.Single(p => p.ExternalId.EndsWith("/c", StringComparison.Ordinal)).EditedAt);

        var third = await PullAsync(source, second.Batch.CursorAfter);
        Assert.Empty(third.Batch.Posts);
    }

    [Fact]
    public async Task An_item_whose_id_changes_but_whose_link_does_not_is_not_new()
    {
        var guid = "first-guid";
        _host.Map("/feed", async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync($"""
                <rss version="2.0"><channel><title>t</title>
                <item><guid isPermaLink="false">{guid}</guid><title>Sama</title><link>https://kabar.example/sama</link><description>isi</description></item>
                </channel></rss>
                """, context.RequestAborted);
        });
        var source = Source("/feed");
        var first = await PullAsync(source, null);
        Assert.Single(first.Batch.Posts);

        guid = "regenerated-guid";
        var second = await PullAsync(source, first.Batch.CursorAfter);

        Assert.Empty(second.Batch.Posts);
    }

    [Fact]
    public async Task A_permanent_redirect_moves_the_feed_for_the_next_reads()
    {
        _host.MapRedirect("/old", StatusCodes.Status301MovedPermanently, "/new");
        Serve("/new", () => Rss(("a", "Satu", "isi", 2)));
        var source = Source("/old");

        var first = await PullAsync(source, null);
        var cursor = FeedCursor.Read(first.Batch.CursorAfter, FeedSourceSettings.From(source.Settings).Url);
        Assert.Equal(_host.For("/new").AbsoluteUri, cursor.Url);

        await PullAsync(source, first.Batch.CursorAfter);
        Assert.Equal(1, _host.RequestCount("/old"));
        Assert.Equal(2, _host.RequestCount("/new"));
    }

    [Fact]
    public async Task A_cursor_of_another_address_is_not_used()
    {
        Serve("/one", () => Rss(("a", "Satu", "isi", 2)));
        Serve("/two", () => Rss(("a", "Satu", "isi", 2)));
        var first = await PullAsync(Source("/one"), null);

        var other = await PullAsync(Source("/two"), first.Batch.CursorAfter);

        Assert.Single(other.Batch.Posts);
    }

    [Fact]
    public async Task Failures_are_reported_with_their_reason_and_retried_as_the_server_asks()
    {
        _host.Map("/gone", context => { context.Response.StatusCode = StatusCodes.Status410Gone; return Task.CompletedTask; });
        _host.Map("/busy", context =>
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "3600";
            return Task.CompletedTask;
        });
        _host.MapText("/broken", "application/rss+xml", "<html><body>Maintenance</body></html>");

        var gone = await Assert.ThrowsAsync<FeedFetchException>(() => PullAsync(Source("/gone"), null));
        Assert.Equal(TimeSpan.FromHours(24), _connector.RetryDelay(gone, 1, 0.5));

        var busy = await Assert.ThrowsAsync<FeedFetchException>(() => PullAsync(Source("/busy"), null));
        Assert.Equal(TimeSpan.FromHours(1), _connector.RetryDelay(busy, 1, 0.5));

        var broken = await Assert.ThrowsAsync<FeedParseException>(() => PullAsync(Source("/broken"), null));
        Assert.Equal(1, broken.Line);
        Assert.InRange(_connector.RetryDelay(broken, 3, 0)!.Value, TimeSpan.FromMinutes(5), TimeSpan.FromHours(6));
    }

    [Fact]
    public async Task A_host_on_a_private_network_is_refused_unless_allowed()
    {
        using var strict = new FeedFetcher(new FeedFetchOptions(), TimeProvider.System);
        var connector = new FeedConnector(strict, new PollSchedule(new FeedPollingOptions()), _clock);
        Serve("/feed", () => Rss(("a", "Satu", "isi", 2)));

        var refused = await Assert.ThrowsAsync<FeedFetchException>(() => connector.PullAsync(Source("/feed"), null, Ct));

        Assert.Equal(FeedFetchErrorKind.Blocked, refused.Kind);
        Assert.Equal(0, _host.RequestCount("/feed"));
    }

    [Fact]
    public void Settings_need_an_http_address_and_a_known_network()
    {
        Assert.Equal("news", FeedSourceSettings.From(JsonSerializer.SerializeToElement(new { url = "https://a.example/feed", network = "News" })).Network);
        Assert.Equal("feed", FeedSourceSettings.From(JsonSerializer.SerializeToElement(new { url = "https://a.example/feed" })).Network);
        Assert.StartsWith("settings.url:", Assert.Throws<FormatException>(() => FeedSourceSettings.From(JsonSerializer.SerializeToElement(new { url = "ftp://a.example/" }))).Message, StringComparison.Ordinal);
        Assert.StartsWith("settings.url:", Assert.Throws<FormatException>(() => FeedSourceSettings.From(JsonSerializer.SerializeToElement(new { network = "news" }))).Message, StringComparison.Ordinal);
        Assert.StartsWith("settings.network:", Assert.Throws<FormatException>(() => FeedSourceSettings.From(JsonSerializer.SerializeToElement(new { url = "https://a.example/", network = "tv" }))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://kabar.example/a", "https://kabar.example/a")]
    [InlineData("tag:blogger.com,1999:blog-1.post-2", "tag:blogger.com,1999:blog-1.post-2")]
    [InlineData("12345", "feeds.example/12345")]
    public void External_ids_are_global_or_qualified_by_the_feed_host(string id, string expected) =>
        Assert.Equal(expected, FeedItemPosts.ExternalId(id, new Uri("https://feeds.example/rss")));

    [Fact]
    public void A_very_long_id_is_hashed_to_fit()
    {
        var id = FeedItemPosts.ExternalId("https://kabar.example/" + new string('x', 300), new Uri("https://feeds.example/rss"));
        Assert.StartsWith("sha256:", id, StringComparison.Ordinal);
        Assert.True(id.Length <= 200);
    }

    [Theory]
    [InlineData("id-ID", "id")]
    [InlineData("in", "id")]
    [InlineData("en-us", "en")]
    [InlineData("jav", "jv")]
    [InlineData("x-klingon", null)]
    [InlineData("", null)]
    public void Declared_languages_read_as_ISO_639_1(string declared, string? expected) =>
        Assert.Equal(expected, FeedItemPosts.LanguageCode(declared));

    [Fact]
    public void The_seen_set_stays_bounded()
    {
        var seen = Enumerable.Range(0, FeedCursor.MaxSeen + 500).Select(i => new SeenItem((ulong)i + 1, 0, 7)).ToList();
        var cursor = new FeedCursor { Origin = "https://a.example/feed", Seen = seen.Take(FeedCursor.MaxSeen).ToList() };

        var read = FeedCursor.Read(cursor.Write(), new Uri("https://a.example/feed"));

        Assert.Equal(FeedCursor.MaxSeen, read.Seen.Count);
        Assert.Equal(cursor.Seen, read.Seen);
        Assert.True(cursor.Write().Length < 30_000);
    }
}
