using Pantau.Core.Alerts;

namespace Pantau.Server.Alerts.Delivery;

/// <summary>
/// One alert as it is told outside Pantau. <see cref="Title"/>, <see cref="Summary"/> and the mentions may quote strangers:
/// every renderer escapes them for its format. <see cref="Link"/> is null when no public address is configured: the notice
/// then has no "open" link. <see cref="Language"/> is "id" or "en" (anything else reads as English).
/// </summary>
public sealed record AlertNotice(
    Guid AlertId,
    Guid WorkspaceId,
    string WorkspaceName,
    AlertKind Kind,
    AlertSeverity Severity,
    string Title,
    string Summary,
    DateTimeOffset FiredAt,
    bool IsUpdate,
    bool IsEscalation,
    Uri? Link,
    IReadOnlyList<NoticeMention> TopMentions,
    string Language)
{
    /// <summary>The workspace's time zone for the times shown (IANA id); Asia/Jakarta unless set.</summary>
    public string TimeZoneId { get; init; } = NoticeText.DefaultTimeZoneId;

    /// <summary>"alert.fired", "alert.updated" or "alert.escalated" (an escalation wins over an update).</summary>
    public string EventType => IsEscalation ? "alert.escalated" : IsUpdate ? "alert.updated" : "alert.fired";
}
