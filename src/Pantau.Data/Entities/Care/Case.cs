using Pantau.Core.Care;
using Pantau.Core.Enrichment;

namespace Pantau.Data.Entities;

/// <summary>
/// One conversation with a customer that the care team works: the mentions that belong to it, who has it, where
/// it stands and how urgent it is. The enrichment fields are the latest customer message's, kept here so that the
/// inbox can filter and sort without joining mentions.
/// </summary>
public sealed class Case
{
    public long Id { get; set; }
    public Guid WorkspaceId { get; set; }

    /// <summary>The number agents and customers quote (#1042), unique in the workspace.</summary>
    public int Number { get; set; }

    public CaseStatus Status { get; set; }
    public CasePriority Priority { get; set; }

    /// <summary>The priority score (0–1000) the inbox sorts by; see Pantau.Core.Care.CasePriorityScore.</summary>
    public int PriorityScore { get; set; }

    public Guid? AssigneeId { get; set; }
    public Guid? TeamId { get; set; }
    public DateTimeOffset? AssignedAt { get; set; }

    public long AuthorId { get; set; }
    public long? ContactId { get; set; }
    public Guid SourceId { get; set; }
    public required string SourceKind { get; set; }
    public required string Network { get; set; }

    /// <summary>What joins follow-ups to this case: the conversation's root post id, or the e-mail thread.</summary>
    public string? ThreadKey { get; set; }

    public long FirstMentionId { get; set; }
    public long LastMentionId { get; set; }

    /// <summary>The first message's opening words, for the inbox row.</summary>
    public required string Excerpt { get; set; }

    public string? Language { get; set; }
    public Sentiment Sentiment { get; set; }
    public Intent Intent { get; set; }
    public RiskSignals Risk { get; set; }
    public long Reach { get; set; }
    public double Impact { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset FirstMessageAt { get; set; }
    public DateTimeOffset LastCustomerMessageAt { get; set; }

    /// <summary>The oldest customer message nobody has answered yet; null when the customer is not waiting.</summary>
    public DateTimeOffset? WaitingSince { get; set; }

    public DateTimeOffset? FirstResponseAt { get; set; }
    public DateTimeOffset? LastResponseAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>When the running SLA cycle that is due first falls due; null when none runs (or the case is pending).</summary>
    public DateTimeOffset? SlaDueAt { get; set; }

    /// <summary>When that cycle crosses the warning threshold.</summary>
    public DateTimeOffset? SlaWarnAt { get; set; }

    public SlaMetric? SlaDueMetric { get; set; }

    /// <summary>Whether any SLA cycle of this case has breached.</summary>
    public bool SlaBreached { get; set; }

    /// <summary>A reply on this case waits for a supervisor's approval.</summary>
    public bool AwaitingApproval { get; set; }

    /// <summary>Raised by every change, so two agents' writes do not silently overwrite each other.</summary>
    public int Version { get; set; }

    public List<CaseTopic> Topics { get; set; } = [];
    public List<CaseTag> Tags { get; set; } = [];
}

public sealed class CaseTopic
{
    public long CaseId { get; set; }
    public Guid TopicId { get; set; }
    public Guid WorkspaceId { get; set; }
}

public sealed class CaseTag
{
    public long CaseId { get; set; }
    public required string Tag { get; set; }
    public Guid WorkspaceId { get; set; }
}
