using System.Text.Json;
using Pantau.Server.Mentions;

namespace Pantau.Server.Alerts;

/// <summary>An alert as the API and the UI show it.</summary>
public sealed record AlertDto(
    Guid Id,
    int Number,
    string Kind,
    string Severity,
    string State,
    string Title,
    AlertTitle Titles,
    DateTimeOffset FiredAt,
    DateTimeOffset LastFiredAt,
    DateTimeOffset? EndedAt,
    int Mentions,
    Guid? TopicId,
    string? TopicName,
    long? StoryId,
    Guid? RuleId,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    DateTimeOffset? SnoozedUntil,
    DateTimeOffset? ResolvedAt,
    string? ResolvedBy,
    Guid? CrisisId,
    JsonElement Facts);

/// <summary>An alert with the mentions that fired it and what was sent where.</summary>
public sealed record AlertDetailDto(AlertDto Alert, IReadOnlyList<MentionDto> TopMentions, IReadOnlyList<AlertDeliveryDto> Deliveries);

/// <summary>One notice of an alert to a channel, as the delivery log shows it.</summary>
public sealed record AlertDeliveryDto(
    long Id,
    Guid AlertId,
    int AlertNumber,
    Guid ChannelId,
    string ChannelName,
    string ChannelKind,
    string Reason,
    string State,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? NextAttemptAt,
    int? LastStatus,
    string? LastError);

public sealed record AlertPage(IReadOnlyList<AlertDto> Rows, string? Next);
