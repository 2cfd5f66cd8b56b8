namespace Pantau.Connectors.Feeds.Fetching;

/// <summary>When to check a feed next, and why, in words for the source's health display.</summary>
public readonly record struct PollDecision(DateTimeOffset NextCheck, TimeSpan Interval, string Reason);
