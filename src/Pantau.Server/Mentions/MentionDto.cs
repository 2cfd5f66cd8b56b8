using Pantau.Server.Topics;

namespace Pantau.Server.Mentions;

/// <summary>A mention as the API and the UI show it.</summary>
public sealed record MentionDto(
    long Id,
    Guid WorkspaceId,
    Guid SourceId,
    string SourceKind,
    string ExternalId,
    string Network,
    AuthorDto Author,
    string? Title,
    string Text,
    string? Url,
    DateTimeOffset PublishedAt,
    DateTimeOffset IngestedAt,
    string? Language,
    string? Country,
    string? InReplyTo,
    string? RepostOf,
    string? QuoteOf,
    EngagementDto Engagement,
    EnrichmentDto Enrichment,
    IReadOnlyList<TopicLabel> Topics);

public sealed record AuthorDto(long Id, string Handle, string? Name, long? Followers, bool Verified);

public sealed record EngagementDto(int Likes, int Shares, int Replies);

/// <summary>Sentiment and intent in lower case (<c>negative</c>, <c>complaint</c>), as the API filters take them.</summary>
public sealed record EnrichmentDto(string Sentiment, double SentimentScore, string Intent, bool IsSpam, long Reach, double Impact, IReadOnlyList<string> Explanation);
