using Pantau.Core.Enrichment;

namespace Pantau.Server.Mentions;

/// <summary>
/// Filters of a mention list. <see cref="Before"/> is the cursor: mentions with a smaller id. <see cref="Network"/> is
/// where the post was written (x, facebook, news…), whichever source brought it. Spam is kept but left out unless
/// <see cref="Spam"/> asks for it. <see cref="Risk"/> keeps mentions with any of the given signals.
/// </summary>
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
    string? Network = null,
    SpamFilter Spam = SpamFilter.Exclude,
    Intent? Intent = null,
    string? Language = null,
    RiskSignals? Risk = null)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}

/// <summary>Whether a list leaves spam out (the default: spam is kept but hidden), includes it, or shows only spam.</summary>
public enum SpamFilter
{
    Exclude = 0,
    Include = 1,
    Only = 2,
}

public sealed record MentionPage(IReadOnlyList<MentionDto> Items, string? NextCursor);
