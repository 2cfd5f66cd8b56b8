using System.Text.Json;
using System.Text.Json.Serialization;
using Pantau.Core.Enrichment;
using Pantau.Data.Entities;

namespace Pantau.Server.Care.Webhooks;

/// <summary>The JSON body of one event, as documented in docs/care.md ("Case webhooks").</summary>
public static class CareWebhookPayload
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Build(string eventId, string eventType, DateTimeOffset occurredAt, Guid workspaceId, CaseSnapshot? @case, object? data) =>
        JsonSerializer.Serialize(new Envelope(eventId, eventType, occurredAt, workspaceId, @case, data), Json);

    public static CaseSnapshot Snapshot(Case c, string? url)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new CaseSnapshot(
            c.Id, c.Number, Lower(c.Status), Lower(c.Priority), c.PriorityScore, c.AssigneeId, c.TeamId, c.Network, c.SourceKind, c.Excerpt,
            c.Language, Lower(c.Sentiment), Lower(c.Intent), RiskNames(c.Risk), c.CreatedAt, c.FirstResponseAt, c.ResolvedAt, c.SlaDueAt, c.SlaBreached, url);
    }

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string[] RiskNames(RiskSignals risk) =>
        [.. Enum.GetValues<RiskSignals>().Where(r => r != RiskSignals.None && risk.HasFlag(r)).Select(Lower)];

    private sealed record Envelope(string Id, string Type, DateTimeOffset OccurredAt, Guid WorkspaceId, CaseSnapshot? Case, object? Data);
}

/// <summary>The case as it was when the event happened.</summary>
public sealed record CaseSnapshot(
    long Id,
    int Number,
    string Status,
    string Priority,
    int PriorityScore,
    Guid? AssigneeId,
    Guid? TeamId,
    string Network,
    string SourceKind,
    string Excerpt,
    string? Language,
    string Sentiment,
    string Intent,
    IReadOnlyList<string> Risk,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FirstResponseAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? SlaDueAt,
    bool SlaBreached,
    string? Url);
