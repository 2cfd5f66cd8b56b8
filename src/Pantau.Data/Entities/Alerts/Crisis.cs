namespace Pantau.Data.Entities;

/// <summary>One place to follow and handle a crisis: opened from an alert or a story, owned by one person.</summary>
public sealed class Crisis
{
    public Guid Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public Guid? OwnerId { get; set; }
    public required string OwnerName { get; set; }
    public CrisisStatus Status { get; set; }

    /// <summary>Topics whose volume the room follows.</summary>
    public string TopicIds { get; set; } = "";

    public long? StoryId { get; set; }
    public Guid? OriginAlertId { get; set; }

    /// <summary>When the first post of the crisis was published (the story's first post, or the alert's first mention).</summary>
    public DateTimeOffset FirstPostAt { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>When the company first answered in public (the holding statement was published, or the first case reply).</summary>
    public DateTimeOffset? FirstResponseAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public string HoldingStatement { get; set; } = "";
    public StatementStatus StatementStatus { get; set; }
    public string? StatementApprovedBy { get; set; }
    public DateTimeOffset? StatementApprovedAt { get; set; }

    public List<CrisisLogEntry> Log { get; set; } = [];
}

public enum CrisisStatus
{
    Active = 0,
    Resolved = 1,
}

public enum StatementStatus
{
    Draft = 0,
    AwaitingApproval = 1,
    Approved = 2,
    Published = 3,
}

/// <summary>An action taken in the crisis room, with who and when.</summary>
public sealed class CrisisLogEntry
{
    public long Id { get; set; }
    public Guid CrisisId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string By { get; set; }
    public required string Kind { get; set; }
    public required string Text { get; set; }
}

/// <summary>A care case handled as part of a crisis.</summary>
public sealed class CrisisCase
{
    public Guid CrisisId { get; set; }
    public long CaseId { get; set; }
    public Guid WorkspaceId { get; set; }
}
