using System.Text.Json;
using Pantau.Data.Entities;

namespace Pantau.Server.Sources;

/// <summary>A source as the API shows it. Secrets are never returned, only whether there are any.</summary>
public sealed record SourceDto(
    Guid Id,
    string Kind,
    string Name,
    bool Enabled,
    JsonElement Settings,
    bool HasSecrets,
    SourceHealthDto Health,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static SourceDto From(Source s, bool pushed)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new SourceDto(s.Id, s.Kind, s.Name, s.Enabled, ReadSettings(s.SettingsJson), s.ProtectedSecrets is not null,
            SourceHealthDto.From(s, pushed), s.CreatedAt, s.UpdatedAt);
    }

    /// <summary>A source's stored settings as a JSON element; none stored reads as <c>{}</c>.</summary>
    public static JsonElement ReadSettings(string? settingsJson)
    {
        using var settings = JsonDocument.Parse(string.IsNullOrWhiteSpace(settingsJson) ? "{}" : settingsJson);
        return settings.RootElement.Clone();
    }
}

/// <param name="NextAttemptAt">When a pulled source reads next (after a success: its schedule; after a failure: its retry).</param>
/// <param name="LastItemAt">When it last delivered something new.</param>
/// <param name="ScheduleNote">Why it reads next when it does ("publishes about every 2 h").</param>
/// <param name="Status"><c>disabled</c>, <c>waiting</c> (never read yet), <c>ok</c>, <c>failing</c>, or <c>push</c> (receives deliveries).</param>
public sealed record SourceHealthDto(
    string Status,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastErrorAt,
    string? LastError,
    DateTimeOffset? NextAttemptAt,
    int ConsecutiveFailures,
    long ItemsRead,
    double? LagSeconds,
    DateTimeOffset? LastItemAt = null,
    string? ScheduleNote = null)
{
    public static SourceHealthDto From(Source s, bool pushed)
    {
        ArgumentNullException.ThrowIfNull(s);
        var status = !s.Enabled ? "disabled"
            : s.ConsecutiveFailures > 0 ? "failing"
            : pushed ? "push"
            : s.LastSuccessAt is null ? "waiting"
            : "ok";
        return new SourceHealthDto(status, s.LastSuccessAt, s.LastErrorAt, s.LastError, s.NextAttemptAt, s.ConsecutiveFailures, s.ItemsRead, s.LagSeconds,
            s.LastItemAt, s.ScheduleNote);
    }
}

public sealed record SourceInput(string? Kind, string? Name, bool? Enabled, JsonElement? Settings, Dictionary<string, string>? Secrets);
