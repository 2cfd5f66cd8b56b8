using System.Buffers;
using System.Net;

namespace Pantau.Connectors.Feeds.Fetching;

/// <summary>
/// Fetches feeds like a good citizen: conditional GET, compression, a size and time limit, redirects followed
/// by hand and checked hop by hop, a per-host concurrency limit and an honest User-Agent. One instance lives
/// for the whole process; its handler pools connections.
/// </summary>
public sealed class FeedFetcher : IDisposable
{
    private const string AcceptFeeds =
        "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
        + "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";

    private readonly FeedFetchOptions _options;
    private readonly TimeProvider _time;
    private readonly HttpClient _client;
    private readonly HostConcurrencyLimiter _limiter;

    public FeedFetcher(FeedFetchOptions options, TimeProvider timeProvider)
    {
        _options = options;
        _time = timeProvider;
        _limiter = new HostConcurrencyLimiter(options.MaxConcurrentPerHost);
        var guard = new SsrfGuard(options.AllowedHosts);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5), // picks up DNS changes
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            MaxConnectionsPerServer = Math.Max(4, options.MaxConcurrentPerHost),
            UseProxy = false, // a proxy would open the connection for us and skip the address check
            UseCookies = false,
            ConnectTimeout = options.Timeout,
            ConnectCallback = guard.ConnectAsync,
        };
        _client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Requests in flight or waiting, by host; for tests and metrics.</summary>
    public int TrackedHosts => _limiter.TrackedHosts;

    /// <exception cref="FeedFetchException">Any failure, with a kind and a message for the health display.</exception>
    public async Task<FeedResponse> FetchAsync(Uri url, CacheValidators? validators = null, CancellationToken cancellationToken = default)
    {
        SsrfGuard.CheckUrl(url);
        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var current = url;
        try
        {
            return await FollowAsync(url, validators, c => current = c, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new FeedFetchException(FeedFetchErrorKind.Timeout, $"no answer within {DurationText.Format(_options.Timeout)} from {current.Host}", e) { Url = current };
        }
        catch (HttpRequestException e)
        {
            if (FindFetchException(e) is { } inner)
            {
                throw new FeedFetchException(inner.Kind, inner.Message, e) { Url = current };
            }

            throw new FeedFetchException(FeedFetchErrorKind.Network, $"could not reach {current.Host}: {Innermost(e).Message}", e) { Url = current };
        }
        catch (IOException e)
        {
            throw new FeedFetchException(FeedFetchErrorKind.Network, $"the connection to {current.Host} broke: {Innermost(e).Message}", e) { Url = current };
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task<FeedResponse> FollowAsync(Uri url, CacheValidators? validators, Action<Uri> onHop, CancellationToken cancellationToken)
    {
        var current = url;
        Uri? permanent = null;
        var onlyPermanentSoFar = true;
        for (var hop = 0; ; hop++)
        {
            onHop(current);
            using var lease = await _limiter.AcquireAsync(current.IdnHost, cancellationToken).ConfigureAwait(false);
            using var request = BuildRequest(current, validators);
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;

            if (status is 301 or 302 or 303 or 307 or 308)
            {
                if (hop >= _options.MaxRedirects)
                {
                    throw new FeedFetchException(FeedFetchErrorKind.TooManyRedirects, $"more than {_options.MaxRedirects} redirects starting at {url.Host} (a redirect loop?)")
                    {
                        Status = response.StatusCode,
                        Url = current,
                    };
                }

                var location = response.Headers.Location
                    ?? throw new FeedFetchException(FeedFetchErrorKind.HttpStatus, $"HTTP {status} from {current.Host} without a Location to go to")
                    {
                        Status = response.StatusCode,
                        Url = current,
                    };
                var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                SsrfGuard.CheckUrl(next);
                if (status is 301 or 308 && onlyPermanentSoFar)
                {
                    permanent = next;
                }
                else
                {
                    onlyPermanentSoFar = false;
                }

                current = next;
                continue;
            }

            if (status == 304)
            {
                return Describe(response, FeedFetchStatus.NotModified, current, permanent, []);
            }

            if (status is >= 200 and < 300)
            {
                var body = await ReadBodyAsync(response, current, cancellationToken).ConfigureAwait(false);
                return Describe(response, FeedFetchStatus.Ok, current, permanent, body);
            }

            throw StatusError(response, current);
        }
    }

    private HttpRequestMessage BuildRequest(Uri url, CacheValidators? validators)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", _options.EffectiveUserAgent);
        request.Headers.TryAddWithoutValidation("Accept", AcceptFeeds);
        if (validators?.ETag is { Length: > 0 } etag)
        {
            // Sent back verbatim: servers compare the exact string, weak prefix and quotes included.
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (validators?.LastModified is { } lastModified)
        {
            request.Headers.IfModifiedSince = lastModified;
        }

        return request;
    }

    private async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, Uri url, CancellationToken cancellationToken)
    {
        var max = _options.MaxBytes;
        if (response.Content.Headers.ContentLength is { } declared && declared > max)
        {
            throw TooLarge(url);
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var body = new MemoryStream((int)Math.Min(response.Content.Headers.ContentLength ?? 64 * 1024, max));
            var chunk = ArrayPool<byte>.Shared.Rent(81920);
            try
            {
                int read;
                // The limit is on what decompression produces, so a small gzip bomb stops here early.
                while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (body.Length + read > max)
                    {
                        throw TooLarge(url);
                    }

                    body.Write(chunk, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            return body.ToArray();
        }
    }

    private FeedResponse Describe(HttpResponseMessage response, FeedFetchStatus status, Uri finalUrl, Uri? permanent, byte[] body)
    {
        var content = response.Content.Headers;
        var cache = response.Headers.CacheControl;
        return new FeedResponse
        {
            Status = status,
            FinalUrl = finalUrl,
            PermanentRedirect = permanent,
            Body = body,
            ContentType = content.ContentType?.MediaType,
            Charset = content.ContentType?.CharSet?.Trim('"', '\'', ' '),
            ETag = response.Headers.ETag?.ToString(),
            LastModified = content.LastModified,
            MaxAge = cache?.MaxAge,
            NoCache = cache is { NoCache: true } or { NoStore: true },
            Expires = content.Expires,
            RetryAfter = RetryAfter(response),
            Date = response.Headers.Date,
        };
    }

    private FeedFetchException StatusError(HttpResponseMessage response, Uri url)
    {
        var status = (int)response.StatusCode;
        var (kind, message) = status switch
        {
            410 => (FeedFetchErrorKind.Gone, $"HTTP 410 from {url.Host}: the feed is gone"),
            429 => (FeedFetchErrorKind.TooManyRequests, $"HTTP 429 from {url.Host}: too many requests"),
            _ => (FeedFetchErrorKind.HttpStatus, $"HTTP {status} from {url.Host}"),
        };
        return new FeedFetchException(kind, message) { Status = response.StatusCode, RetryAfter = RetryAfter(response), Url = url };
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            // Measured against the server's own clock when it sent one, so clock skew does not matter.
            var now = response.Headers.Date ?? _time.GetUtcNow();
            var wait = date - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private FeedFetchException TooLarge(Uri url) =>
        new(FeedFetchErrorKind.TooLarge, $"the response is larger than {DurationText.Bytes(_options.MaxBytes)}") { Url = url };

    private static FeedFetchException? FindFetchException(Exception e)
    {
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is FeedFetchException fetch)
            {
                return fetch;
            }
        }

        return null;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }
}
