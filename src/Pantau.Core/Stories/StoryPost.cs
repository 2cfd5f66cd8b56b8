using Pantau.Core.Text;

namespace Pantau.Core.Stories;

/// <summary>
/// What the story index needs to know about one mention. <see cref="ExternalKey"/> and the chain keys
/// (<see cref="RepostOf"/>, <see cref="QuoteOf"/>, <see cref="InReplyTo"/>) are compared as given within the workspace, so
/// the caller spells them alike (e.g. "x:1790012"): the key of the original as a repost names it.
/// </summary>
public sealed record StoryPost(Guid WorkspaceId, long MentionId, string ExternalKey, DateTimeOffset PublishedAt, string Text)
{
    public string? RepostOf { get; init; }

    public string? QuoteOf { get; init; }

    /// <summary>Recorded for completeness; a reply joins a story only by its own text or links (see docs/stories.md).</summary>
    public string? InReplyTo { get; init; }

    /// <summary>The tokens of <see cref="Text"/> when the pipeline has them already (saves tokenising twice); null to tokenise here.</summary>
    public IReadOnlyList<Token>? Tokens { get; init; }
}
