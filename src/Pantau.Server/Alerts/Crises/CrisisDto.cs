namespace Pantau.Server.Alerts.Crises;

public sealed record CrisisSummaryDto(
    Guid Id,
    int Number,
    string Title,
    string Status,
    string OwnerName,
    DateTimeOffset FirstPostAt,
    DateTimeOffset OpenedAt,
    DateTimeOffset? FirstResponseAt,
    DateTimeOffset? ResolvedAt,
    long? StoryId,
    Guid? OriginAlertId);

public sealed record CrisisDetailDto(
    CrisisSummaryDto Crisis,
    IReadOnlyList<Guid> TopicIds,
    StatementDto Statement,
    IReadOnlyList<CrisisLogDto> Log,
    IReadOnlyList<CrisisCaseDto> Cases,
    IReadOnlyList<VolumePointDto> Volume,
    StorySpreadDto? Story,
    IReadOnlyList<Guid> AlertIds);

public sealed record StatementDto(string Text, string Status, string? ApprovedBy, DateTimeOffset? ApprovedAt);

public sealed record CrisisLogDto(long Id, DateTimeOffset At, string By, string Kind, string Text);

public sealed record CrisisCaseDto(long Id, int Number, string Status, string Excerpt, string Network, DateTimeOffset FirstMessageAt, DateTimeOffset? FirstResponseAt, bool Linked);

/// <summary>One hour of the crisis's topics: all mentions and each sentiment (spam left out).</summary>
public sealed record VolumePointDto(DateTimeOffset Hour, int Total, int Positive, int Neutral, int Negative);

/// <summary>How a story spread: its copies per source over time, and the authors with the most reach who carried it.</summary>
public sealed record StorySpreadDto(
    long Id,
    string Headline,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt,
    int Posts,
    int DistinctAuthors,
    long TotalReach,
    long FirstMentionId,
    IReadOnlyList<SpreadPointDto> Timeline,
    IReadOnlyList<CarrierDto> Carriers,
    IReadOnlyList<StoryCopyDto> Copies);

public sealed record SpreadPointDto(DateTimeOffset At, string Network, int Copies);

public sealed record CarrierDto(long AuthorId, string Name, string? Handle, string Network, long Reach, int Posts, DateTimeOffset FirstAt);

public sealed record StoryCopyDto(long MentionId, string Network, string AuthorName, long Reach, string Excerpt, string JoinedBy, DateTimeOffset At, string? Url);

/// <summary>After the crisis: what happened when, how fast the company answered, and what the answer changed.</summary>
public sealed record CrisisReportDto(
    CrisisSummaryDto Crisis,
    IReadOnlyList<CrisisLogDto> Timeline,
    TimeSpan? ReactionTime,
    double? HourlyBeforeResponse,
    double? HourlyAfterResponse,
    double? NegativeShareBefore,
    double? NegativeShareAfter,
    int TotalMentions,
    int CasesLinked,
    int CasesResolved);
