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
    DateTimeOffset LastSeen);
