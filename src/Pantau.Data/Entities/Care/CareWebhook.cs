namespace Pantau.Data.Entities;

/// <summary>An endpoint of the company's own systems that receives signed case events.</summary>
public sealed class CareWebhook
{
    public Guid Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public required string Url { get; set; }

    /// <summary>The signing secret, encrypted with ASP.NET Core Data Protection.</summary>
    public required string ProtectedSecret { get; set; }

    /// <summary>Event types it wants, comma-separated (<c>case.created,case.resolved</c>); empty for all.</summary>
    public string Events { get; set; } = "";

    public bool Enabled { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// One event to deliver to one webhook: an outbox row written in the same transaction as the change it tells of, so an
/// event is neither lost by a crash nor sent for a change that rolled back.
/// </summary>
public sealed class CareWebhookDelivery
{
    public long Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public Guid WebhookId { get; set; }
    public required string EventType { get; set; }

    /// <summary>Unique per event, sent as <c>Pantau-Event-Id</c> so the receiver can drop a repeat.</summary>
    public required string EventId { get; set; }

    public required string PayloadJson { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public DateTimeOffset? FailedAt { get; set; }
    public int? LastStatus { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
