namespace Pantau.Connectors.Feeds.Fetching;

/// <summary>Limits and identity of the feed fetcher.</summary>
public sealed record FeedFetchOptions
{
    public const string DefaultContactUrl = "https://github.com/pantau";

    /// <summary>Largest decompressed body accepted; a gzip bomb is refused as soon as it passes this.</summary>
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Total time for one fetch, redirects and a slowly trickling body included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Where a site owner reads who is fetching; it goes into the default User-Agent.</summary>
    public string ContactUrl { get; init; } = DefaultContactUrl;

    /// <summary>Overrides the whole User-Agent; null builds it from the version and <see cref="ContactUrl"/>.</summary>
    public string? UserAgent { get; init; }

    /// <summary>Hosts an admin allowed although they resolve to private addresses: "name" or "name:port", any case.</summary>
    public IReadOnlyCollection<string> AllowedHosts { get; init; } = [];

    public int MaxConcurrentPerHost { get; init; } = 2;

    public int MaxRedirects { get; init; } = 5;

    public string EffectiveUserAgent => UserAgent ?? BuildUserAgent(ContactUrl);

    public static string BuildUserAgent(string contactUrl)
    {
        var version = typeof(FeedFetchOptions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        return $"Pantau/{version} (+{contactUrl}; feed fetcher)";
    }
}
