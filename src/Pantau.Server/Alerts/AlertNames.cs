using Pantau.Core.Alerts;
using Pantau.Data.Entities;

namespace Pantau.Server.Alerts;

/// <summary>The API's words for alert kinds, severities and states, one definition for parsing and writing.</summary>
public static class AlertNames
{
    public static string Kind(int kind) => ((AlertKind)kind).ToString().ToLowerInvariant();

    public static string Severity(int severity) => ((AlertSeverity)severity).ToString().ToLowerInvariant();

    /// <summary>Open, acknowledged, snoozed (open or acknowledged, quiet until a time) or resolved.</summary>
    public static string State(Alert alert, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return alert.Status == AlertStatus.Resolved ? "resolved"
            : alert.SnoozedUntil > now ? "snoozed"
            : alert.Status == AlertStatus.Acknowledged ? "acknowledged"
            : "open";
    }

    public static bool TryParseSeverity(string? text, out AlertSeverity severity) =>
        Enum.TryParse(text, ignoreCase: true, out severity) && Enum.IsDefined(severity) && !int.TryParse(text, out _);

    public static bool TryParseKind(string? text, out AlertKind kind) =>
        Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _);
}
