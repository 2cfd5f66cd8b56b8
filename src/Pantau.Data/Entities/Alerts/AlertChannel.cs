namespace Pantau.Data.Entities;

/// <summary>Where a workspace's alerts go besides the app: an e-mail list, a Slack, Teams or Telegram chat, or a signed webhook.</summary>
public sealed class AlertChannel
{
    public Guid Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public required string Name { get; set; }

    /// <summary><c>email</c>, <c>slack</c>, <c>teams</c>, <c>telegram</c> or <c>webhook</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>Recipients, a webhook URL or a Telegram chat id.</summary>
    public required string Address { get; set; }

    /// <summary>A Telegram bot token or a webhook signing secret, encrypted with ASP.NET Core Data Protection.</summary>
    public string? ProtectedSecret { get; set; }

    /// <summary>The lowest severity sent here.</summary>
    public int MinSeverity { get; set; }

    /// <summary>Quiet hours as JSON (start, end, time zone, whether critical alerts pass); null for none.</summary>
    public string? QuietHoursJson { get; set; }

    /// <summary>Only for escalation: not told when an alert fires, only when a step names it.</summary>
    public bool EscalationOnly { get; set; }

    public bool Enabled { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One notice of one alert to one channel: the outbox row and, once tried, the delivery log.</summary>
public sealed class AlertDelivery
{
    public long Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public Guid AlertId { get; set; }
    public Guid ChannelId { get; set; }

    /// <summary><c>fired</c>, <c>updated</c>, <c>escalated</c> or <c>test</c>.</summary>
    public required string Reason { get; set; }

    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public DateTimeOffset? FailedAt { get; set; }
    public int? LastStatus { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
