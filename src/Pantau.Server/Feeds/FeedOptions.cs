using System.ComponentModel.DataAnnotations;
using Pantau.Connectors.Feeds.Fetching;

namespace Pantau.Server.Feeds;

/// <summary>How feeds are fetched and scheduled, and where hubs push to. Section <c>Feeds</c>.</summary>
public sealed class FeedOptions : IValidatableObject
{
    public const string Section = "Feeds";

    /// <summary>
    /// Hosts (optionally <c>host:port</c>) that may be fetched although they resolve to a private, loopback or link-local
    /// address. Empty by default: a feed URL on the local network is refused (SSRF).
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>Largest response read, after decompression, in bytes.</summary>
    [Range(64 * 1024, 200L * 1024 * 1024)]
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Longest a fetch may take, body included.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    [Range(1, 64)]
    public int MaxConcurrentPerHost { get; set; } = 2;

    /// <summary>Shortest and longest time between two checks of one feed, and the interval when nothing is known.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMinutes(5);

    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromHours(24);

    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan DefaultInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Longest wait between two tries of a failing feed: it is never given up.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan ErrorInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// The address at which WebSub hubs reach this Pantau (e.g. <c>https://pantau.example.com</c>). Without it, feeds
    /// are polled only; with it, feeds that name a hub are also subscribed to and pushed within seconds.
    /// </summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>How often WebSub subscriptions are compared with the feeds' hubs (subscribe, renew, drop).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SubscriptionCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    public FeedFetchOptions FetchOptions => new()
    {
        AllowedHosts = AllowedHosts,
        MaxBytes = MaxBytes,
        Timeout = Timeout,
        MaxConcurrentPerHost = MaxConcurrentPerHost,
    };

    public FeedPollingOptions PollingOptions => new()
    {
        Min = MinInterval,
        Max = MaxInterval,
        Default = DefaultInterval,
        ErrorCap = ErrorInterval,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MinInterval > MaxInterval)
        {
            yield return new ValidationResult("Feeds:MinInterval must not be longer than Feeds:MaxInterval.", [nameof(MinInterval)]);
        }

        if (PublicUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https")))
        {
            yield return new ValidationResult("Feeds:PublicUrl must be an absolute http or https address.", [nameof(PublicUrl)]);
        }
    }
}
