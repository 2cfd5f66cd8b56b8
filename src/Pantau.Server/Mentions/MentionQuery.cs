using Pantau.Core.Enrichment;

namespace Pantau.Server.Mentions;

/// <summary>Filters of a mention list. <see cref="Before"/> is the cursor: mentions with a smaller id. <see cref="Network"/> is where the post was written (x, facebook, news…), whichever source brought it.</summary>
public sealed record MentionQuery(
    Guid WorkspaceId,
    Guid? TopicId = null,
    string? SourceKind = null,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null,
    Sentiment? Sentiment = null,
    string? Search = null,
    long? Before = null,
    int Limit = MentionQuery.DefaultLimit,
    string? Network = null)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}

public sealed record MentionPage(IReadOnlyList<MentionDto> Items, string? NextCursor);
