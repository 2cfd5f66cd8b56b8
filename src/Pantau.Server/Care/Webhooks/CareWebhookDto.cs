using System.Text.Json.Serialization;
using Pantau.Data.Entities;

namespace Pantau.Server.Care.Webhooks;

/// <summary>A webhook as the API shows it. <see cref="Secret"/> is only there in the answer to create and rotate.</summary>
public sealed record CareWebhookDto(
    Guid Id,
    string Url,
    IReadOnlyList<string> Events,
    bool Enabled,
    DateTimeOffset CreatedAt,
    int Pending,
    int Failed,
    DateTimeOffset? LastDeliveredAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Secret = null)
{
    public static CareWebhookDto From(CareWebhook w, int pending = 0, int failed = 0, DateTimeOffset? lastDeliveredAt = null, string? secret = null) =>
        new(w.Id, w.Url, [.. CareWebhookOutbox.ParseEvents(w.Events).Order(StringComparer.Ordinal)], w.Enabled, w.CreatedAt, pending, failed, lastDeliveredAt, secret);
}

/// <summary>Create or change a webhook: on update, a missing field is left as it is. No events means all.</summary>
public sealed record CareWebhookInput(string? Url, IReadOnlyList<string>? Events, bool? Enabled);

public sealed record CareWebhookDeliveryDto(
    long Id,
    string EventId,
    string EventType,
    string Status,
    int Attempts,
    int? LastStatus,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? FailedAt)
{
    public static CareWebhookDeliveryDto From(CareWebhookDelivery d)
    {
        var status = d.DeliveredAt is not null ? "delivered" : d.FailedAt is not null ? "failed" : "pending";
        return new(d.Id, d.EventId, d.EventType, status, d.Attempts, d.LastStatus, d.LastError, d.CreatedAt,
            status == "pending" ? d.NextAttemptAt : null, d.DeliveredAt, d.FailedAt);
    }
}

public sealed record CareWebhookDeliveryPage(IReadOnlyList<CareWebhookDeliveryDto> Items, int Page, int PageSize, int Total);
