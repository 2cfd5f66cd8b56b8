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
    IReadOnlyList<TopicLabel> Topics)
{
    /// <summary>The post as published, for sources that have HTML (feed items), sanitised when it was stored.</summary>
    public string? Html { get; init; }

    /// <summary>When the source last changed the post (an edited feed item).</summary>
    public DateTimeOffset? EditedAt { get; init; }
}

public sealed record AuthorDto(long Id, string Handle, string? Name, long? Followers, bool Verified);

public sealed record EngagementDto(int Likes, int Shares, int Replies);

/// <summary>
/// Sentiment and intent in lower case (<c>negative</c>, <c>complaint</c>), as the API filters take them. Sentiment,
/// intent and spam are the effective values: a person's correction when there is one (see <see cref="Corrections"/>).
/// <see cref="Risk"/> names the risk signals (<c>legal</c>, <c>viral</c>, <c>safety</c>); <see cref="SpamScore"/> is the
/// model's spam likelihood in [0, 1].
/// </summary>
public sealed record EnrichmentDto(
    string Sentiment,
    double SentimentScore,
    string Intent,
    bool IsSpam,
    long Reach,
    double Impact,
    IReadOnlyList<string> Explanation,
    IReadOnlyList<string> Risk,
    double SpamScore,
    IReadOnlyList<FieldCorrectionDto> Corrections)
{
    /// <summary>The correction of a field (<c>sentiment</c>, <c>intent</c>, <c>spam</c>), or null when nobody corrected it.</summary>
    public FieldCorrectionDto? CorrectionOf(string field) => Corrections.FirstOrDefault(c => c.Field == field);
}

/// <summary>
/// A field a person corrected: its <see cref="Value"/> now, the model's <see cref="Original"/>, and who corrected it
/// last and when. Spam values are <c>true</c>/<c>false</c>.
/// </summary>
public sealed record FieldCorrectionDto(string Field, string Original, string Value, string By, DateTimeOffset At);
