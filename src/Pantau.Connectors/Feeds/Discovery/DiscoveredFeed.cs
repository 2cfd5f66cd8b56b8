namespace Pantau.Connectors.Feeds.Discovery;

public sealed record DiscoveredFeed(Uri Url, string? Title, FeedKind Kind, FeedPlatform Platform, DiscoveryEvidence Evidence);
