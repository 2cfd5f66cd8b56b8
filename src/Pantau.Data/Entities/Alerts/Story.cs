namespace Pantau.Data.Entities;

/// <summary>
/// A cluster of near-duplicate or closely related mentions (copies, reshares, quotes, forwards). Its id is the id of its
/// first mention. A mention that no other joins stays out of this table: only stories with at least two posts are stored.
/// </summary>
public sealed class Story
{
    /// <summary>The first mention's id.</summary>
    public long Id { get; set; }

    public Guid WorkspaceId { get; set; }

    /// <summary>The first post's text, shortened, to name the story in lists.</summary>
    public required string Headline { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>Posts in the story, the first included.</summary>
    public int Posts { get; set; }

    public int DistinctAuthors { get; set; }

    /// <summary>The sum of the posts' reach: how many people could have seen it, counting an account once per post.</summary>
    public long TotalReach { get; set; }

    /// <summary>The largest reach of one author who carried it.</summary>
    public long MaxReach { get; set; }

    public List<StoryMember> Members { get; set; } = [];
}

/// <summary>One mention of a story and how it joined (text, link, repost, quote, or being the first).</summary>
public sealed class StoryMember
{
    public long MentionId { get; set; }
    public long StoryId { get; set; }
    public Guid WorkspaceId { get; set; }
    public required string JoinedBy { get; set; }

    /// <summary>Estimated similarity to the story for a text join, in [0, 1]; 1 for the others.</summary>
    public double Similarity { get; set; }

    public DateTimeOffset At { get; set; }
}
