namespace Pantau.Core.Stories;

/// <summary>Limits and thresholds of a <see cref="StoryIndex"/>; the defaults are the tuned ones (docs/stories.md).</summary>
public sealed record StoryIndexOptions
{
    /// <summary>A story with no new post for this long (by the posts' own timestamps) leaves the index.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromHours(72);

    /// <summary>Most posts indexed at once; beyond it the least recently active story leaves. About 1 KB per post.</summary>
    public int MaxPosts { get; init; } = 50_000;

    /// <summary>Estimated Jaccard similarity of the shingle sets at or above which two texts are the same story.</summary>
    public double MinJaccard { get; init; } = 0.4;

    /// <summary>
    /// Estimated share of the smaller text's shingles found in the larger one at or above which two texts are the
    /// same story (a truncated copy, a quote with a comment, a forward with a signature), when the Jaccard estimate is
    /// at least <see cref="MinJaccardForOverlap"/>.
    /// </summary>
    public double MinOverlap { get; init; } = 0.7;

    public double MinJaccardForOverlap { get; init; } = 0.3;

    /// <summary>Texts with fewer content words (stop words, links, handles and tags not counted) never join by text.</summary>
    public int MinContentWords { get; init; } = 5;
}
