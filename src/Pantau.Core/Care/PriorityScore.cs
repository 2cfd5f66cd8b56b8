namespace Pantau.Core.Care;

/// <summary>A case's priority: <see cref="Score"/> 0..1000 (higher is more urgent), its band, and what drove it.</summary>
public sealed record PriorityScore(int Score, CasePriority Band, IReadOnlyList<PriorityReason> Reasons);
