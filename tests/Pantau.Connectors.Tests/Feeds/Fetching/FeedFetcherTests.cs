using Pantau.Testing.Feeds;
using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Pantau.Connectors.Feeds.Fetching;

namespace Pantau.Connectors.Tests.Feeds.Fetching;

public sealed class FeedFetcherTests : IAsyncLifetime
{
    private const string Rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title></channel></rss>";
    private LocalFeedHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await LocalFeedHost.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    private FeedFetcher Fetcher(FeedFetchOptions? options = null) =>
        new((options ?? new FeedFetchOptions()) with { AllowedHosts = options?.AllowedHosts is { Count: > 0 } a ? a : [_host.Authority] }, TimeProvider.System);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_200_carries_body_and_headers_and_the_etag_makes_the_next_fetch_a_304()
    {
        _host.Map("/feed", async context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = 304;
                context.Response.Headers.ETag = "\"v1\"";
                return;
            }

            context.Response.ContentType = "application/rss+xml; charset=\"ISO-8859-1\"";
            context.Response.Headers.ETag = "\"v1\"";
            context.Response.Headers.CacheControl = "public, max-age=600";
            context.Response.Headers.Expires = "Wed, 21 Oct 2037 07:28:00 GMT";
            await context.Response.WriteAsync(Rss, context.RequestAborted);
        });
        using var fetcher = Fetcher();

        var first = await fetcher.FetchAsync(_host.For("/feed"), null, Ct);
        var second = await fetcher.FetchAsync(_host.For("/feed"), first.Validators, Ct);

        Assert.Equal(FeedFetchStatus.Ok, first.Status);
        Assert.Equal(Rss, Encoding.UTF8.GetString(first.Body));
        Assert.Equal("application/rss+xml", first.ContentType);
        Assert.Equal("ISO-8859-1", first.Charset);
        Assert.Equal("\"v1\"", first.ETag);
        Assert.Equal(TimeSpan.FromMinutes(10), first.MaxAge);
        Assert.False(first.NoCache);
        Assert.Equal(new DateTimeOffset(2037, 10, 21, 7, 28, 0, TimeSpan.Zero), first.Expires);
        Assert.NotNull(first.Date);
        Assert.Null(first.PermanentRedirect);
        Assert.Equal(_host.For("/feed"), first.FinalUrl);
        Assert.Equal(FeedFetchStatus.NotModified, second.Status);
        Assert.Empty(second.Body);
    }

    [Fact]
    public async Task Last_modified_is_sent_back_as_if_modified_since()
    {
        var stamp = new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);
        _host.Map("/feed", async context =>
        {
            if (context.Request.GetTypedHeaders().IfModifiedSince is { } since && since >= stamp)
            {
                context.Response.StatusCode = 304;
                return;
            }

            context.Response.GetTypedHeaders().LastModified = stamp;
            context.Response.Headers.CacheControl = "no-cache";
            await context.Response.WriteAsync(Rss, context.RequestAborted);
        });
        using var fetcher = Fetcher();

        var first = await fetcher.FetchAsync(_host.For("/feed"), null, Ct);
        var second = await fetcher.FetchAsync(_host.For("/feed"), new CacheValidators(null, first.LastModified), Ct);

        Assert.Equal(stamp, first.LastModified);
        Assert.True(first.NoCache);
        Assert.Equal(FeedFetchStatus.NotModified, second.Status);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task Compressed_bodies_arrive_decompressed(string encoding)
    {
        var plain = Encoding.UTF8.GetBytes(Rss + new string(' ', 5000));
        var compressed = Compress(encoding, plain);
        _host.Map("/feed", async context =>
        {
            Assert.Contains(encoding, context.Request.Headers.AcceptEncoding.ToString(), StringComparison.Ordinal);
            context.Response.Headers.ContentEncoding = encoding;
            await context.Response.Body.WriteAsync(compressed, context.RequestAborted);
        });
        using var fetcher = Fetcher();

        var response = await fetcher.FetchAsync(_host.For("/feed"), null, Ct);

        Assert.Equal(plain, response.Body);
    }

    [Theory]
    [InlineData(301, true)]
    [InlineData(308, true)]
    [InlineData(302, false)]
    [InlineData(303, false)]
    [InlineData(307, false)]
    public async Task Redirects_are_followed_and_only_301_and_308_are_reported_as_permanent(int status, bool permanent)
    {
        _host.MapRedirect("/old", status, "/new").MapText("/new", "application/rss+xml", Rss);
        using var fetcher = Fetcher();

        var response = await fetcher.FetchAsync(_host.For("/old"), null, Ct);

        Assert.Equal(_host.For("/new"), response.FinalUrl);
        Assert.Equal(permanent ? _host.For("/new") : null, response.PermanentRedirect);
        Assert.Equal(Rss, Encoding.UTF8.GetString(response.Body));
    }

    [Fact]
    public async Task A_temporary_hop_after_a_permanent_one_keeps_the_permanent_target_only()
    {
        _host.MapRedirect("/a", 301, "/b").MapRedirect("/b", 302, "/c").MapText("/c", "text/xml", Rss);
        using var fetcher = Fetcher();

        var response = await fetcher.FetchAsync(_host.For("/a"), null, Ct);

        Assert.Equal(_host.For("/b"), response.PermanentRedirect);
        Assert.Equal(_host.For("/c"), response.FinalUrl);
    }

    [Fact]
    public async Task A_redirect_loop_stops_after_five_hops_with_a_clear_error()
    {
        _host.MapRedirect("/a", 302, "/b").MapRedirect("/b", 302, "/a");
        using var fetcher = Fetcher();

        var error = await Assert.ThrowsAsync<FeedFetchException>(() => fetcher.FetchAsync(_host.For("/a"), null, Ct));

        Assert.Equal(FeedFetchErrorKind.TooManyRedirects, error.Kind);
        Assert.Contains("more than 5 redirects", error.Message, StringComparison.Ordinal);
        Assert.Equal(6, _host.RequestCount("/a") + _host.RequestCount("/b"));
    }

    [Theory]
    [InlineData(410, FeedFetchErrorKind.Gone)]
    [InlineData(500, FeedFetchErrorKind.HttpStatus)]
    [InlineData(404, FeedFetchErrorKind.HttpStatus)]
    public async Task Error_statuses_become_typed_errors(int status, FeedFetchErrorKind kind)
    {
        _host.Map("/feed", context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });
        using var fetcher = Fetcher();

        var error = await Assert.ThrowsAsync<FeedFetchException>(() => fetcher.FetchAsync(_host.For("/feed"), null, Ct));

        Assert.Equal(kind, error.Kind);
        Assert.Equal((HttpStatusCode)status, error.Status);
        Assert.StartsWith($"HTTP {status} from 127.0.0.1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_429_reports_retry_after_in_seconds()
    {
        _host.Map("/feed", context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "120";
            return Task.CompletedTask;
        });
        using var fetcher = Fetcher();

        var error = await Assert.ThrowsAsync<FeedFetchException>(() => fetcher.FetchAsync(_host.For("/feed"), null, Ct));

        Assert.Equal(FeedFetchErrorKind.TooManyRequests, error.Kind);
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
    }

    [Fact]
    public async Task A_429_reports_retry_after_given_as_an_http_date()
    {
        _host.Map("/feed", context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = DateTimeOffset.UtcNow.AddMinutes(10).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        using var fetcher = Fetcher();

        var error = await Assert.ThrowsAsync<FeedFetchException>(() => fetcher.FetchAsync(_host.For("/feed"), null, Ct));

        Assert.Equal(FeedFetchErrorKind.TooManyRequests, error.Kind);
        Assert.InRange(error.RetryAfter!.Value, TimeSpan.FromSeconds(595), TimeSpan.FromSeconds(602));
    }

    [Fact]
    public async Task A_body_that_trickles_is_cut_off_by_the_total_time_limit()
    {
        _host.Map("/slow", async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            for (var i = 0; i < 100 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.WriteAsync("<", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(100, context.RequestAborted);
            }
        });
        using var fetcher = Fetcher(new FeedFetchOptions { Timeout = TimeSpan.FromSeconds(1) });
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<FeedFetchException>(() => fetcher.FetchAsync(_host.For("/slow"), null, Ct));

        Assert.Equal(FeedFetchErrorKind.Timeout, error.Kind);
        Assert.Equal("no answer within 1 s from 127.0.0.1", error.Message);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_reported_as_a_timeout()
    {
        _host.Map("/slow", async context => await Task.Delay(5000, context.RequestAborted));
        using var fetcher = Fetcher();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        cancel.CancelAfter(200);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetcher.FetchAsync(_host.For("/slow"), null, cancel.Token));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_oversized_body_is_refused_whether_or_not_its_length_is_declared(bool declareLength)
    {
        var big = new byte[2 * 1024 * 1024];
        _host.Map("/big", async context =>
        {
            if (declareLength)
            {
                context.Response.ContentLength = big.Length;
            }

            for (var offset = 0; offset < big.Length; offset += 64 * 1024)
            {
                await context.Response.Body.WriteAsync(big.AsMemory(offset, 64 * 1024), context.RequestAborted);
            }
        });
        using var fetcher = Fetcher(new FeedFetchOptions { MaxBytes = 1024 * 1024 });

        var error = await Assert.ThrowsAsync<FeedFetchException>(() => fetcher.FetchAsync(_host.For("/big"), null, Ct));

        Assert.Equal(FeedFetchErrorKind.TooLarge, error.Kind);
        Assert.Equal("the response is larger than 1 MB", error.Message);
    }

    [Fact]
    public async Task A_gzip_bomb_is_refused_quickly_on_its_decompressed_size()
    {
        var bomb = Compress("gzip", new byte[64 * 1024 * 1024]);
        Assert.True(bomb.Length < 200 * 1024);
        _host.Map("/bomb", async context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentLength = bomb.Length;
            await context.Response.Body.WriteAsync(bomb, context.RequestAborted);
        });
        using var fetcher = Fetcher(new FeedFetchOptions { MaxBytes = 1024 * 1024 });
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<FeedFetchException>(() => fetcher.FetchAsync(_host.For("/bomb"), null, Ct));

        Assert.Equal(FeedFetchErrorKind.TooLarge, error.Kind);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task The_server_sees_a_user_agent_that_names_pantau_and_its_contact_url()
    {
        string? seen = null;
        _host.Map("/feed", context =>
        {
            seen = context.Request.Headers.UserAgent;
            return Task.CompletedTask;
        });
        using var fetcher = Fetcher(new FeedFetchOptions { ContactUrl = "https://pantau.example/bot" });

        await fetcher.FetchAsync(_host.For("/feed"), null, Ct);

        Assert.NotNull(seen);
        Assert.Matches(@"^Pantau/\d+\.\d+\.\d+ \(\+https://pantau\.example/bot; feed fetcher\)$", seen);
        Assert.Equal("Pantau/0.1.0 (+https://github.com/pantau; feed fetcher)", new FeedFetchOptions().EffectiveUserAgent);
    }

    [Fact]
    public async Task No_more_than_the_per_host_limit_of_requests_reach_the_server_at_once()
    {
        var inFlight = 0;
        var most = 0;
        _host.Map("/feed", async context =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            await Task.Delay(150, context.RequestAborted);
            Interlocked.Decrement(ref inFlight);
            await context.Response.WriteAsync(Rss, context.RequestAborted);
        });
        using var fetcher = Fetcher(new FeedFetchOptions { MaxConcurrentPerHost = 2 });

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => fetcher.FetchAsync(_host.For("/feed"), null, Ct)));

        Assert.Equal(6, _host.RequestCount("/feed"));
        Assert.Equal(2, most);
        Assert.Equal(0, fetcher.TrackedHosts);
    }

    [Fact]
    public async Task A_closed_port_is_a_network_error()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var fetcher = Fetcher(new FeedFetchOptions { AllowedHosts = ["127.0.0.1"] });

        var error = await Assert.ThrowsAsync<FeedFetchException>(() => fetcher.FetchAsync(new Uri($"http://127.0.0.1:{port}/feed"), null, Ct));

        Assert.Equal(FeedFetchErrorKind.Network, error.Kind);
        Assert.StartsWith("could not reach 127.0.0.1", error.Message, StringComparison.Ordinal);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    internal static byte[] Compress(string encoding, byte[] plain)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true),
            "deflate" => new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true),
            _ => new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true),
        })
        {
            compressor.Write(plain);
        }

        return output.ToArray();
    }
}
