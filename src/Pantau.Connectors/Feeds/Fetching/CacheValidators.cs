namespace Pantau.Connectors.Feeds.Fetching;

/// <summary>What the last successful fetch returned, sent back so an unchanged feed answers 304.</summary>
public sealed record CacheValidators(string? ETag, DateTimeOffset? LastModified);
