namespace Pantau.Connectors.Feeds.Fetching;

public enum FeedFetchErrorKind
{
    /// <summary>An unexpected HTTP status (4xx, 5xx or an unusable redirect).</summary>
    HttpStatus,

    /// <summary>HTTP 410: the feed is gone for good; poll at the longest interval.</summary>
    Gone,

    /// <summary>HTTP 429: rate limited; honour Retry-After.</summary>
    TooManyRequests,

    TooLarge,
    Timeout,

    /// <summary>Refused by the SSRF guard: the host resolves to a private, loopback or reserved address.</summary>
    Blocked,

    Network,
    InvalidUrl,
    TooManyRedirects,
}
