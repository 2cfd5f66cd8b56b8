using Pantau.Core.Care;

namespace Pantau.Data.Entities;

/// <summary>
/// A warning or breach of one SLA cycle, recorded once: <see cref="Key"/> is unique, so a monitor that reads the same
/// breach twice (or two nodes that both see it) cannot record it twice.
/// </summary>
public sealed class SlaEvent
{
    public long Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public long CaseId { get; set; }

    /// <summary>The cycle's key (<see cref="SlaCycle.Key"/>) with ":warning" or ":breach".</summary>
    public required string Key { get; set; }

    public SlaMetric Metric { get; set; }
    public int Cycle { get; set; }
    public bool IsBreach { get; set; }

    /// <summary>When the warning threshold or the due instant was crossed (not when the monitor noticed).</summary>
    public DateTimeOffset At { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
    public Guid? AssigneeId { get; set; }
}
