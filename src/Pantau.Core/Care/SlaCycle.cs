namespace Pantau.Core.Care;

/// <summary>One measured cycle of one metric on one case, read at <see cref="SlaReading.Now"/>.</summary>
/// <param name="Cycle">1-based count of this metric's cycles on the case (first response only ever has 1).</param>
/// <param name="DueAt">When the target is (or was) reached while running; null while paused before a breach.</param>
/// <param name="Elapsed">Counted time so far (business or calendar, per the target's basis).</param>
/// <param name="Remaining">Target minus elapsed; negative once over the target.</param>
/// <param name="WarnAt">When the warning threshold is (or was) reached; null when paused before it.</param>
/// <param name="BreachedAt">When the breach happened; null when not breached (yet).</param>
/// <param name="StoppedAt">When a reply, resolve or close ended the cycle; null while it runs or is paused.</param>
public sealed record SlaCycle(
    string CaseId,
    SlaMetric Metric,
    int Cycle,
    DateTimeOffset StartedAt,
    TimeSpan Target,
    SlaState State,
    DateTimeOffset? DueAt,
    TimeSpan Elapsed,
    TimeSpan Remaining,
    DateTimeOffset? WarnAt,
    DateTimeOffset? BreachedAt,
    DateTimeOffset? StoppedAt)
{
    /// <summary>Stable across readings, so a caller records each breach once: "case/metric/cycle".</summary>
    public string Key => $"{CaseId}/{Metric}/{Cycle}";
}
