using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Mentions;
using Pantau.Server.Topics;

namespace Pantau.Server.Alerts;

/// <summary>What the alert bar, the alerts page and the API read: newest first, by state, kind and severity.</summary>
public sealed class AlertReader(IDbContextFactory<PantauDbContext> contexts, MentionMapper mapper, TopicCatalog topics, TimeProvider clock)
{
    public const int DefaultPageSize = 50;
    public const int TopMentionCount = 10;

    public async Task<AlertPage> PageAsync(Guid workspaceId, AlertListFilter filter, string? after, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        limit = Math.Clamp(limit, 1, 200);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Alerts.AsNoTracking().Where(a => a.WorkspaceId == workspaceId);
        query = filter.State switch
        {
            "active" => query.Where(a => a.Status != AlertStatus.Resolved && (a.SnoozedUntil == null || a.SnoozedUntil <= now)),
            "open" => query.Where(a => a.Status == AlertStatus.Open && (a.SnoozedUntil == null || a.SnoozedUntil <= now)),
            "acknowledged" => query.Where(a => a.Status == AlertStatus.Acknowledged && (a.SnoozedUntil == null || a.SnoozedUntil <= now)),
            "snoozed" => query.Where(a => a.Status != AlertStatus.Resolved && a.SnoozedUntil > now),
            "resolved" => query.Where(a => a.Status == AlertStatus.Resolved),
            _ => query,
        };
        if (filter.Kind is { } kind)
        {
            query = query.Where(a => a.Kind == (int)kind);
        }

        if (filter.MinSeverity is { } severity)
        {
            query = query.Where(a => a.Severity >= (int)severity);
        }

        if (filter.TopicId is { } topic)
        {
            query = query.Where(a => a.TopicId == topic);
        }

        if (int.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var afterNumber))
        {
            query = query.Where(a => a.Number < afterNumber);
        }

        var rows = await query.OrderByDescending(a => a.Number).Take(limit + 1).ToListAsync(cancellationToken);
        var next = rows.Count > limit ? rows[limit - 1].Number.ToString(CultureInfo.InvariantCulture) : null;
        return new AlertPage(rows.Take(limit).Select(a => ToDto(a, filter.Language, now)).ToList(), next);
    }

    /// <summary>How many alerts need someone: open or acknowledged, not snoozed, by severity.</summary>
    public async Task<IReadOnlyDictionary<string, int>> ActiveCountsAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.Alerts.AsNoTracking()
            .Where(a => a.WorkspaceId == workspaceId && a.Status == AlertStatus.Open && (a.SnoozedUntil == null || a.SnoozedUntil <= now))
            .GroupBy(a => a.Severity).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return counts.ToDictionary(c => AlertNames.Severity(c.Key), c => c.Count);
    }

    public async Task<AlertDto?> GetAsync(Guid workspaceId, Guid alertId, string language, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var alert = await db.Alerts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == alertId && a.WorkspaceId == workspaceId, cancellationToken);
        return alert is null ? null : ToDto(alert, language, clock.GetUtcNow());
    }

    /// <summary>The alert's id from the number people see (#12), for the alert detail page.</summary>
    public async Task<Guid?> IdOfNumberAsync(Guid workspaceId, int number, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Alerts.Where(a => a.WorkspaceId == workspaceId && a.Number == number).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<AlertDetailDto?> DetailAsync(Guid workspaceId, Guid alertId, string language, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var alert = await db.Alerts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == alertId && a.WorkspaceId == workspaceId, cancellationToken);
        if (alert is null)
        {
            return null;
        }

        var mentionIds = db.AlertMentions.Where(m => m.AlertId == alertId).Select(m => m.MentionId);
        var mentions = await db.Mentions.AsNoTracking().Include(m => m.Author).Include(m => m.Topics)
            .Where(m => m.WorkspaceId == workspaceId && mentionIds.Contains(m.Id))
            .OrderByDescending(m => m.Impact).ThenBy(m => m.Id).Take(TopMentionCount).ToListAsync(cancellationToken);
        var deliveries = await DeliveriesAsync(db, workspaceId, alertId, null, 100, cancellationToken);
        return new AlertDetailDto(
            ToDto(alert, language, clock.GetUtcNow()),
            mentions.Select(m => mapper.FromEntity(m, m.Topics.Select(t => t.TopicId))).ToList(),
            deliveries);
    }

    /// <summary>The delivery log of the workspace (or of one alert), newest first.</summary>
    public async Task<IReadOnlyList<AlertDeliveryDto>> DeliveriesAsync(Guid workspaceId, Guid? alertId, long? before, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await DeliveriesAsync(db, workspaceId, alertId, before, limit, cancellationToken);
    }

    /// <summary>The newest delivery to each of the workspace's channels, by channel id (a channel never used has none).</summary>
    public async Task<IReadOnlyDictionary<Guid, AlertDeliveryDto>> LastDeliveryByChannelAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var newest = db.AlertDeliveries.Where(d => d.WorkspaceId == workspaceId).GroupBy(d => d.ChannelId).Select(g => g.Max(d => d.Id));
        var query = db.AlertDeliveries.AsNoTracking().Where(d => d.WorkspaceId == workspaceId && newest.Contains(d.Id));
        var rows = await DeliveriesAsync(db, query, MaxChannels, cancellationToken);
        return rows.ToDictionary(d => d.ChannelId);
    }

    /// <summary>At most this many channels a workspace has, so at most this many newest deliveries.</summary>
    private const int MaxChannels = Settings.AlertChannelEditor.MaxChannelsPerWorkspace;

    private static Task<IReadOnlyList<AlertDeliveryDto>> DeliveriesAsync(PantauDbContext db, Guid workspaceId, Guid? alertId, long? before, int limit, CancellationToken cancellationToken)
    {
        var query = db.AlertDeliveries.AsNoTracking().Where(d => d.WorkspaceId == workspaceId);
        if (alertId is { } id)
        {
            query = query.Where(d => d.AlertId == id);
        }

        if (before is { } b)
        {
            query = query.Where(d => d.Id < b);
        }

        return DeliveriesAsync(db, query, limit, cancellationToken);
    }

    private static async Task<IReadOnlyList<AlertDeliveryDto>> DeliveriesAsync(PantauDbContext db, IQueryable<AlertDelivery> query, int limit, CancellationToken cancellationToken)
    {
        var rows = await query.OrderByDescending(d => d.Id).Take(Math.Clamp(limit, 1, 500))
            .Join(db.AlertChannels, d => d.ChannelId, c => c.Id, (d, c) => new { d, c.Name, c.Kind })
            .Join(db.Alerts, x => x.d.AlertId, a => a.Id, (x, a) => new { x.d, x.Name, x.Kind, a.Number })
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.d.Id).Select(r => new AlertDeliveryDto(
            r.d.Id, r.d.AlertId, r.Number, r.d.ChannelId, r.Name, r.Kind, r.d.Reason,
            r.d.DeliveredAt is not null ? "delivered" : r.d.FailedAt is not null ? "failed" : r.d.Attempts > 0 ? "retrying" : "queued",
            r.d.Attempts, r.d.CreatedAt, r.d.DeliveredAt, r.d.DeliveredAt is null && r.d.FailedAt is null ? r.d.NextAttemptAt : null,
            r.d.LastStatus, r.d.LastError)).ToList();
    }

    public AlertDto ToDto(Alert alert, string language, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var titles = AlertTitle.From(alert.FactsJson, alert.Title) ?? new AlertTitle(alert.Title, alert.Title);
        using var facts = JsonDocument.Parse(alert.FactsJson);
        return new AlertDto(
            alert.Id, alert.Number, AlertNames.Kind(alert.Kind), AlertNames.Severity(alert.Severity), AlertNames.State(alert, now),
            titles.In(language), titles, alert.FiredAt, alert.LastFiredAt, alert.EndedAt, alert.Mentions,
            alert.TopicId, alert.TopicId is { } topic ? topics.Label(topic)?.Name : null, alert.StoryId, alert.RuleId,
            alert.AcknowledgedAt, alert.AcknowledgedBy, alert.SnoozedUntil, alert.ResolvedAt, alert.ResolvedBy, alert.CrisisId,
            facts.RootElement.Clone());
    }
}

/// <summary>Which alerts a list shows. <c>State</c>: active (default), open, acknowledged, snoozed, resolved or all.</summary>
public sealed record AlertListFilter(string State = "active", Pantau.Core.Alerts.AlertKind? Kind = null, Pantau.Core.Alerts.AlertSeverity? MinSeverity = null, Guid? TopicId = null, string Language = "id");
