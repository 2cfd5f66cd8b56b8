namespace Pantau.Core.Alerts;

/// <summary>What the server stores of an open incident between firings; <see cref="AlertIncidentPolicy.Decide"/> returns the next one.</summary>
public sealed record OpenIncidentState(
    AlertIncidentKey Key,
    DateTimeOffset OpenedAt,
    DateTimeOffset LastFiredAt,
    AlertSeverity Severity,
    int Count,
    DateTimeOffset LastNotifiedAt,
    AlertSeverity NotifiedSeverity,
    int NotifiedCount)
{
    /// <summary>Until then firings update the incident silently.</summary>
    public DateTimeOffset? SnoozedUntil { get; init; }
}
