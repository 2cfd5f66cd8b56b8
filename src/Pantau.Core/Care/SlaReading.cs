namespace Pantau.Core.Care;

/// <summary>Every SLA cycle of one case as it stands at <see cref="Now"/>, oldest first.</summary>
public sealed record SlaReading(DateTimeOffset Now, IReadOnlyList<SlaCycle> Cycles)
{
    /// <summary>The latest cycle of a metric, or null when the policy has no such target or it never started.</summary>
    public SlaCycle? Latest(SlaMetric metric) => Cycles.LastOrDefault(cycle => cycle.Metric == metric);

    /// <summary>Breaches that have happened by <see cref="Now"/>.</summary>
    public IReadOnlyList<SlaBreach> Breaches =>
        [.. Cycles.Where(cycle => cycle.BreachedAt is not null)
            .Select(cycle => new SlaBreach(cycle.Key, cycle.CaseId, cycle.Metric, cycle.Cycle, cycle.BreachedAt!.Value))];
}
