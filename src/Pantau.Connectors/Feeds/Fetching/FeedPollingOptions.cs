namespace Pantau.Connectors.Feeds.Fetching;

/// <summary>Bounds of the adaptive polling interval.</summary>
public sealed record FeedPollingOptions
{
    public TimeSpan Min { get; init; } = TimeSpan.FromMinutes(5);
    public TimeSpan Max { get; init; } = TimeSpan.FromHours(24);

    /// <summary>The interval when nothing is known about the feed yet.</summary>
    public TimeSpan Default { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Longest wait between retries of a failing feed; it is slowed down, never disabled.</summary>
    public TimeSpan ErrorCap { get; init; } = TimeSpan.FromHours(6);

    /// <summary>How many of the newest items measure the publishing rate.</summary>
    public int RecentItems { get; init; } = 10;
}
