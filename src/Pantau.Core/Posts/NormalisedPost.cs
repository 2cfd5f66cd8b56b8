using Pantau.Core.Text;

namespace Pantau.Core.Posts;

/// <summary>
/// A raw post after normalisation: folded text (for search) and tokens located in the raw text and title,
/// and the workspace and source it came through.
/// </summary>
public sealed record NormalisedPost(
    Guid WorkspaceId,
    Guid SourceId,
    RawPost Raw,
    string FoldedText,
    IReadOnlyList<Token> Tokens,
    IReadOnlyList<Token> TitleTokens)
{
    public static NormalisedPost From(Guid workspaceId, Guid sourceId, RawPost raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var folded = TextNormaliser.Fold(raw.Text);
        var titleTokens = raw.Title is null ? [] : TextNormaliser.Tokenise(raw.Title);
        return new NormalisedPost(workspaceId, sourceId, raw, folded, TextNormaliser.Tokenise(raw.Text), titleTokens);
    }

    /// <summary>The key that storage is idempotent on, within a workspace.</summary>
    public PostKey Key => new(WorkspaceId, Raw.SourceKind, Raw.ExternalId);
}

public readonly record struct PostKey(Guid WorkspaceId, string SourceKind, string ExternalId);
