using System.Net;

namespace Pantau.Connectors.Feeds.Fetching;

/// <summary>
/// The client for POSTs to addresses that people typed in (webhooks, chat hooks): every connection passes the
/// <see cref="SsrfGuard"/>, redirects are answers and never followed, no proxy, no cookies, no decompression.
/// </summary>
public static class GuardedHttpClient
{
    /// <param name="allowedHosts">Hosts (or <c>host:port</c>) allowed although they resolve to private addresses.</param>
    /// <param name="connectTimeout">Longest wait for a connection; the caller bounds the whole request with its own token.</param>
    public static HttpClient Create(IEnumerable<string> allowedHosts, TimeSpan connectTimeout)
    {
        var guard = new SsrfGuard(allowedHosts);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false, // a redirect is an answer (not 2xx), never followed to an unchecked place
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            UseProxy = false, // a proxy would open the connection for us and skip the address check
            UseCookies = false,
            ConnectTimeout = connectTimeout,
            ConnectCallback = guard.ConnectAsync,
        };
        return new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>The <see cref="FeedFetchException"/> somewhere in an exception's inner chain (the guard's refusal), if any.</summary>
    public static FeedFetchException? FindFetchException(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is FeedFetchException fetch)
            {
                return fetch;
            }
        }

        return null;
    }
}
