namespace Pantau.Data.Entities;

/// <summary>
/// One incident a detector raised: fired once and updated as it grows (more mentions, a higher ratio, a higher severity),
/// until it has been quiet for its cool-down. Acknowledged, snoozed and resolved by the team.
/// </summary>
public sealed class Alert
{
    public Guid Id { get; set; }
    public Guid WorkspaceId { get; set; }

    /// <summary>Per workspace, from 1, as people say it ("alert 12").</summary>
    public int Number { get; set; }

    /// <summary><see cref="Pantau.Core.Alerts.AlertKind"/> as a number.</summary>
    public int Kind { get; set; }

    /// <summary>What it is about, unique among open incidents: <c>rule:{id}</c>, <c>spike:{topic}:{series}</c>, <c>story:{id}</c>.</summary>
    public required string IncidentKey { get; set; }

    public int Severity { get; set; }
    public AlertStatus Status { get; set; }

    /// <summary>The facts the detector gave (ratio, expected and observed counts, weekday and hour, story growth) as JSON, to word the alert in either language.</summary>
    public required string FactsJson { get; set; }

    /// <summary>The alert's line in the workspace's language at the time it last changed; the UI words it again from the facts.</summary>
    public required string Title { get; set; }

    public Guid? RuleId { get; set; }
    public Guid? TopicId { get; set; }
    public long? StoryId { get; set; }

    /// <summary>Mentions that fired it so far.</summary>
    public int Mentions { get; set; }

    public DateTimeOffset FiredAt { get; set; }
    public DateTimeOffset LastFiredAt { get; set; }

    /// <summary>When the detector last notified about it (fired or grew enough to tell again).</summary>
    public DateTimeOffset NotifiedAt { get; set; }

    /// <summary>The incident is over (quiet for its cool-down): a new firing opens a new alert.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }
    public string? AcknowledgedBy { get; set; }
    public DateTimeOffset? SnoozedUntil { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? ResolvedBy { get; set; }

    /// <summary>Escalation steps already notified (a bit per step).</summary>
    public int EscalatedSteps { get; set; }

    public Guid? CrisisId { get; set; }
}

public enum AlertStatus
{
    Open = 0,
    Acknowledged = 1,
    Resolved = 2,
}

/// <summary>A mention that fired an alert (the first few dozen; the rest are counted).</summary>
public sealed class AlertMention
{
    public Guid AlertId { get; set; }
    public long MentionId { get; set; }
    public Guid WorkspaceId { get; set; }
}
