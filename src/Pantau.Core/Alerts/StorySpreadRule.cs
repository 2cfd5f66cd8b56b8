namespace Pantau.Core.Alerts;

/// <summary>
/// When a story counts as spreading. Fast growth: at least <see cref="MinCopies"/> copies from at least
/// <see cref="MinDistinctAuthors"/> authors (one account repeating itself is a flood, not a spread), and the last
/// <see cref="Window"/> holds at least <see cref="MinCopiesInWindow"/> copies and <see cref="GrowthFactor"/> times the window
/// before. Or an influencer: an author with reach ≥ <see cref="InfluencerReach"/> carries it, with at least
/// <see cref="MinCopiesWithInfluencer"/> copies from <see cref="MinAuthorsWithInfluencer"/> authors.
/// Either way the story must be a concern (<see cref="RequireConcern"/>: more than <see cref="MinNegativeShare"/> of its
/// copies negative, or a risk signal), so a press release syndicated by two outlets or a promotion going round is shown on
/// the Stories page without an alert; and fast growth must be copying, not coincidence: the first post has at least
/// <see cref="MinContentWordsForText"/> content words, or at least half the copies joined by repost, quote or shared link (replies are a conversation, not copies) (two
/// people writing "Sentosa Mobile down ya?" in an outage is a volume spike, which the spike detector hears).
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

    /// <summary>
    /// How unlikely the window's copies must be under the story's usual pace (a Poisson tail; the pace is the window
    /// before, the story's own rate before it, and at least one copy per window): 5 fresh copies pass, a story that
    /// trickles at 2 a window needs 7.
    /// </summary>
    public double MaxGrowthTail { get; init; } = 0.005;

    public bool RequireConcern { get; init; } = true;

    public double MinNegativeShare { get; init; } = 0.5;

    public int MinContentWordsForText { get; init; } = 15;

    /// <summary>Copies from which a spreading story is High, and Critical.</summary>
    public int HighCopies { get; init; } = 20;

    public int CriticalCopies { get; init; } = 100;

    /// <summary>Reach from which a spreading story is at least High; with <see cref="HighCopies"/> copies too, Critical.</summary>
    public long HighReach { get; init; } = 1_000_000;
}
