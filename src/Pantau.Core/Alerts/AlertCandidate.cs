using Pantau.Core.Enrichment;
using Pantau.Core.Posts;

namespace Pantau.Core.Alerts;

/// <summary>What alert rules look at in a stored mention: its topics and enrichment, and its normalised post for the query.</summary>
public sealed record AlertCandidate(
    Guid WorkspaceId,
    long MentionId,
    IReadOnlyCollection<Guid> TopicIds,
    string SourceKind,
    string Network,
    string? Language,
    Sentiment Sentiment,
    Intent Intent,
    RiskSignals Risk,
    bool IsSpam,
    long Reach,
    double Impact,
    string? AuthorHandle,
    NormalisedPost Post);
