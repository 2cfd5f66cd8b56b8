namespace Pantau.Data.Entities;

/// <summary>
/// A WebSub subscription of a feed source at the feed's hub, so that the hub pushes new items instead of Pantau
/// polling for them. Its <see cref="Id"/> is the callback's path; its secret signs every delivery.
/// </summary>
public sealed class FeedSubscription
{
    public Guid Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public Guid SourceId { get; set; }
    public required string HubUrl { get; set; }
    public required string TopicUrl { get; set; }

    /// <summary>The hub.secret, encrypted with ASP.NET Core Data Protection.</summary>
    public required string ProtectedSecret { get; set; }

    public FeedSubscriptionState State { get; set; }

    /// <summary>When the hub was last asked to (re)subscribe.</summary>
    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>When the hub last confirmed the subscription (its verification of intent).</summary>
    public DateTimeOffset? VerifiedAt { get; set; }

    /// <summary>When the lease the hub granted ends; renewed before then.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? LastDeliveryAt { get; set; }
    public long Deliveries { get; set; }
    public string? LastError { get; set; }
}

public enum FeedSubscriptionState
{
    /// <summary>Asked for; the hub has not verified it yet.</summary>
    Requested,

    /// <summary>Verified: the hub pushes.</summary>
    Active,

    /// <summary>The hub refused or failed; polling goes on, and the subscription is asked for again later.</summary>
    Failed,
}
