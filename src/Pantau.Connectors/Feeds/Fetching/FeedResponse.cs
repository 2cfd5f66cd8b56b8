namespace Pantau.Connectors.Feeds.Fetching;

/// <summary>A successful (2xx) or not-modified (304) answer, with what the poller needs from its headers.</summary>
public sealed record FeedResponse
{
    public required FeedFetchStatus Status { get; init; }

    /// <summary>The URL that answered, after redirects.</summary>
    public required Uri FinalUrl { get; init; }

    /// <summary>Where the feed moved for good (only 301/308 hops from the start); the caller updates the stored URL.</summary>
    public Uri? PermanentRedirect { get; init; }

    /// <summary>The decompressed body; empty for 304.</summary>
    public byte[] Body { get; init; } = [];

    public string? ContentType { get; init; }
    public string? Charset { get; init; }
    public string? ETag { get; init; }
    public DateTimeOffset? LastModified { get; init; }
    public TimeSpan? MaxAge { get; init; }
    public bool NoCache { get; init; }
    public DateTimeOffset? Expires { get; init; }

    /// <summary>Retry-After as a delay; an HTTP date is measured from the server's Date header when it sent one.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public DateTimeOffset? Date { get; init; }

    public CacheValidators Validators => new(ETag, LastModified);
}
