namespace Pantau.Core.Alerts;

/// <summary>
/// When a story counts as spreading. Fast growth: at least <see cref="MinCopies"/> copies from at least
/// <see cref="MinDistinctAuthors"/> authors (one account repeating itself is a flood, not a spread), and the last
/// <see cref="Window"/> holds at least <see cref="MinCopiesInWindow"/> copies and <see cref="GrowthFactor"/> times the window
/// before. Or an influencer: an author with reach ≥ <see cref="InfluencerReach"/> carries it, with at least
/// <see cref="MinCopiesWithInfluencer"/> copies from <see cref="MinAuthorsWithInfluencer"/> authors.
/// </summary>
public sealed record StorySpreadRule
{
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(30);

    public int MinCopies { get; init; } = 5;

    public int MinDistinctAuthors { get; init; } = 4;

    public double GrowthFactor { get; init; } = 2.0;

    public int MinCopiesInWindow { get; init; } = 4;

    public long InfluencerReach { get; init; } = 100_000;

    public int MinCopiesWithInfluencer { get; init; } = 2;

    public int MinAuthorsWithInfluencer { get; init; } = 2;

    /// <summary>Copies from which a spreading story is High, and Critical.</summary>
    public int HighCopies { get; init; } = 20;

    public int CriticalCopies { get; init; } = 100;

    /// <summary>Reach from which a spreading story is at least High; with <see cref="HighCopies"/> copies too, Critical.</summary>
    public long HighReach { get; init; } = 1_000_000;
}
