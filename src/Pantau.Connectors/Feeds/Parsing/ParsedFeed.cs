namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>
/// One feed document as read by <see cref="FeedParser"/>. <see cref="Warnings"/> lists what was repaired or skipped,
/// each starting with the line it concerns ("line 40: ...") when there is one.
/// </summary>
public sealed record ParsedFeed(
    FeedFormat Format,
    string? Title,
    string? Link,
    string? Language,
    string? Description,
    IReadOnlyList<ParsedFeedItem> Items,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The feed's own URL (atom:link rel="self", JSON feed_url), absolute; WebSub subscribes to this topic.</summary>
    public string? SelfUrl { get; init; }

    /// <summary>WebSub hubs (atom:link rel="hub", JSON hubs), absolute.</summary>
    public IReadOnlyList<string> HubUrls { get; init; } = [];

    /// <summary>RSS &lt;ttl&gt;, or else sy:updatePeriod divided by sy:updateFrequency, in minutes.</summary>
    public int? TtlMinutes { get; init; }

    /// <summary>When the feed says it last changed (lastBuildDate, atom:updated, ...), in UTC.</summary>
    public DateTimeOffset? Updated { get; init; }
}
