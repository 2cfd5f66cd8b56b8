namespace Pantau.Core.Alerts;

/// <summary>Whether a story is spreading, why, and how severe; <see cref="Growth"/> is copies in the window over the window before (∞ from zero).</summary>
public sealed record StorySpreadReading(long StoryId, bool IsSpreading, StorySpreadReason Reason, AlertSeverity Severity, double Growth);
