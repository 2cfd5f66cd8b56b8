namespace Pantau.Core.Care;

/// <summary>A breach derived from the timeline; <see cref="Key"/> is the same in every later reading.</summary>
public sealed record SlaBreach(string Key, string CaseId, SlaMetric Metric, int Cycle, DateTimeOffset At);
