namespace Pantau.Core.Alerts;

/// <summary>
/// A detector fired. <see cref="Count"/> is its size: for a rule, the mentions in this firing (added up over the incident);
/// for a spike, the window's count, and for a story, its copies (the incident keeps the largest seen).
/// </summary>
public sealed record AlertFiring(AlertIncidentKey Key, AlertSeverity Severity, int Count, DateTimeOffset At);
