namespace Pantau.Connectors.Feeds.Fetching;

/// <summary>What a successful fetch told us about how often the feed should be checked.</summary>
public sealed record FeedSignals
{
    /// <summary>Published times of the feed's recent items, in any order.</summary>
    public IReadOnlyList<DateTimeOffset> RecentPublished { get; init; } = [];

    /// <summary>RSS &lt;ttl&gt;, in minutes.</summary>
    public int? TtlMinutes { get; init; }

    public TimeSpan? MaxAge { get; init; }
    public DateTimeOffset? Expires { get; init; }
    public TimeSpan? RetryAfter { get; init; }

    public static FeedSignals From(FeedResponse response, IReadOnlyList<DateTimeOffset> recentPublished, int? ttlMinutes) => new()
    {
        RecentPublished = recentPublished,
        TtlMinutes = ttlMinutes,
        // no-cache asks for revalidation on every use, so a max-age beside it is no reason to wait.
        MaxAge = response.NoCache ? null : response.MaxAge,
        Expires = response.NoCache ? null : response.Expires,
        RetryAfter = response.RetryAfter,
    };
}
