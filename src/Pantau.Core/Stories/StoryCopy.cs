namespace Pantau.Core.Stories;

/// <summary>One post of a story as its growth is measured: when it was published, how many it could reach, and who wrote it.</summary>
public readonly record struct StoryCopy(DateTimeOffset PublishedAt, long Reach = 0, string? Author = null);
