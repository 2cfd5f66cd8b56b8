namespace Pantau.Core.Alerts;

/// <summary>What story clustering knows about one story now: its copies overall and in the last two windows, and who carries it.</summary>
public sealed record StoryActivity(
    long StoryId,
    Guid WorkspaceId,
    int TotalCopies,
    int CopiesInWindow,
    int CopiesInPreviousWindow,
    int DistinctAuthors,
    long MaxAuthorReach,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen)
{
    /// <summary>The largest reach among the authors who carried the story, its first author left out.</summary>
    public long MaxCarrierReach { get; init; }

    /// <summary>Copies whose effective sentiment is negative (the first post included).</summary>
    public int NegativeCopies { get; init; }

    /// <summary>Whether any copy carries a risk signal (legal, viral, safety).</summary>
    public bool Risky { get; init; }

    /// <summary>Content words of the first post's text (<see cref="Stories.StoryFingerprint.ContentWords"/>).</summary>
    public int OriginalContentWords { get; init; }

    /// <summary>Copies that joined by a repost, a quote or a shared link (not by similar text, nor as a reply).</summary>
    public int CopiesJoinedByLink { get; init; }
}
