namespace Pantau.Server.Care.Inbox;

public sealed record InboxAuthor(long Id, string Handle, string? Name, long? Followers, bool Verified, string? AvatarUrl);

/// <summary>One case as the inbox lists it.</summary>
public sealed record InboxRow(
    long Id,
    int Number,
    string Status,
    string Priority,
    int PriorityScore,
    string Network,
    string SourceKind,
    Guid SourceId,
    InboxAuthor Author,
    long? ContactId,
    bool Vip,
    long Reach,
    double Impact,
    string Excerpt,
    string Sentiment,
    string Intent,
    IReadOnlyList<string> Risk,
    string? Language,
    DateTimeOffset CreatedAt,
    DateTimeOffset FirstMessageAt,
    DateTimeOffset LastCustomerMessageAt,
    DateTimeOffset? WaitingSince,
    DateTimeOffset? FirstResponseAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? SlaDueAt,
    DateTimeOffset? SlaWarnAt,
    string? SlaMetric,
    bool SlaBreached,
    Guid? AssigneeId,
    string? AssigneeName,
    Guid? TeamId,
    string? TeamName,
    bool AwaitingApproval,
    IReadOnlyList<string> Tags,
    IReadOnlyList<Guid> TopicIds,
    int Version);

/// <summary>
/// A page of the inbox; <see cref="Next"/> continues after its last row (keyset paging: stable while cases change).
/// <see cref="Total"/> is exact up to <see cref="InboxQuery.CountLimit"/>; above it, it is the limit plus one.
/// </summary>
public sealed record InboxPage(IReadOnlyList<InboxRow> Rows, int Total, string? Next);

public sealed record InboxCounts(int All, int Mine, int Unassigned, int BreachingSoon, int Risk, int AwaitingApproval);
