using Pantau.Core.Alerts;

namespace Pantau.Server.Alerts.Delivery;

/// <summary>An alert still open at the end of the period.</summary>
public sealed record DigestRisk(string Title, AlertSeverity Severity, DateTimeOffset FiredAt, Uri? Link);
