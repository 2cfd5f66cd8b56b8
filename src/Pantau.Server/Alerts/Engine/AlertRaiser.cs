using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pantau.Core.Alerts;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Alerts.Dispatch;

namespace Pantau.Server.Alerts.Engine;

/// <summary>A detector's firing with what the alert says about it.</summary>
public sealed record AlertRaise(AlertFiring Firing, AlertTitle Title, JsonObject Facts, IReadOnlyList<long> MentionIds)
{
    public Guid? RuleId { get; init; }
    public Guid? TopicId { get; init; }
    public long? StoryId { get; init; }
}

/// <summary>
/// Turns firings into incidents (Pantau.Core's <see cref="AlertIncidentPolicy"/>): the first firing opens an alert and queues
/// its notices; later ones update it, and notify again only when it has grown enough; quiet incidents end after their
/// cool-down. Works in the caller's transaction; the changes it returns are published after the commit.
/// </summary>
public sealed class AlertRaiser(AlertIncidentPolicy policy)
{
    /// <summary>Mentions kept as an alert's examples; the rest are counted.</summary>
    public const int MaxMentionsPerAlert = 50;

    public AlertIncidentPolicy Policy => policy;

    public async Task<AlertChange?> RaiseAsync(PantauDbContext db, AlertRaise raise, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(raise);
        var key = raise.Firing.Key;
        var incidentKey = IncidentKeyOf(key);
        var alert = await db.Alerts.FirstOrDefaultAsync(a => a.WorkspaceId == key.WorkspaceId && a.IncidentKey == incidentKey && a.EndedAt == null, cancellationToken);
        var open = alert is null ? null : StateOf(alert, key);
        var decision = policy.Decide(open, raise.Firing, now);
        if (decision.Action == IncidentAction.Ignore || decision.State is not { } state)
        {
            return null;
        }

        if (decision.Action == IncidentAction.Open)
        {
            if (alert is not null)
            {
                // The earlier incident had gone quiet: it ends where its cool-down ran out, and this firing starts a new one.
                alert.EndedAt = alert.LastFiredAt + policy.CooldownFor(key.Kind);
            }

            var workspace = await db.Workspaces.FirstAsync(w => w.Id == key.WorkspaceId, cancellationToken);
            alert = new Alert
            {
                Id = Guid.NewGuid(),
                WorkspaceId = key.WorkspaceId,
                Number = workspace.NextAlertNumber++,
                Kind = (int)key.Kind,
                IncidentKey = incidentKey,
                Title = raise.Title.Indonesian,
                FactsJson = "{}",
                RuleId = raise.RuleId,
                TopicId = raise.TopicId,
                StoryId = raise.StoryId,
                FiredAt = raise.Firing.At,
                NotifiedAt = now,
            };
            db.Alerts.Add(alert);
        }

        var raisedSeverity = state.Severity > (AlertSeverity)alert!.Severity && decision.Action == IncidentAction.Update;
        alert.Severity = (int)state.Severity;
        alert.Mentions = state.Count;
        alert.LastFiredAt = state.LastFiredAt;
        alert.Title = raise.Title.Indonesian;
        var facts = raise.Facts.DeepClone().AsObject();
        raise.Title.WriteTo(facts);
        facts["notified"] = new JsonObject { ["severity"] = (int)state.NotifiedSeverity, ["count"] = state.NotifiedCount };
        alert.FactsJson = facts.ToJsonString();
        if (decision.Notify)
        {
            alert.NotifiedAt = now;
        }

        // The team closed it while it was still going: only a rise in severity brings it back.
        if (alert.Status == AlertStatus.Resolved && raisedSeverity)
        {
            alert.Status = AlertStatus.Open;
            alert.ResolvedAt = null;
            alert.ResolvedBy = null;
        }

        await AddMentionsAsync(db, alert, raise.MentionIds, decision.Action == IncidentAction.Open, cancellationToken);
        var tell = decision.Notify && alert.Status != AlertStatus.Resolved;
        if (tell)
        {
            await AlertOutbox.EnqueueAsync(db, alert, decision.Action == IncidentAction.Open ? AlertOutbox.Fired : AlertOutbox.Updated, now, cancellationToken);
        }

        var kind = decision.Action == IncidentAction.Open ? AlertChangeKind.Fired : tell ? AlertChangeKind.Grew : AlertChangeKind.Changed;
        return new AlertChange(alert.WorkspaceId, alert.Id, alert.Number, kind, alert.Severity);
    }

    /// <summary>Ends incidents that have been quiet for their cool-down; returns how many.</summary>
    public async Task<int> EndQuietAsync(PantauDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var shortest = new[] { policy.RuleCooldown, policy.SpikeCooldown, policy.StoryCooldown }.Min();
        var candidates = await db.Alerts.Where(a => a.EndedAt == null && a.LastFiredAt <= now - shortest).ToListAsync(cancellationToken);
        var ended = 0;
        foreach (var alert in candidates)
        {
            var cooldown = policy.CooldownFor((AlertKind)alert.Kind);
            if (now - alert.LastFiredAt >= cooldown)
            {
                alert.EndedAt = alert.LastFiredAt + cooldown;
                ended++;
            }
        }

        return ended;
    }

    public static string IncidentKeyOf(AlertIncidentKey key) => key.Kind.ToString().ToLowerInvariant() + ":" + key.Subject;

    private static OpenIncidentState StateOf(Alert alert, AlertIncidentKey key)
    {
        var notifiedSeverity = (AlertSeverity)alert.Severity;
        var notifiedCount = alert.Mentions;
        try
        {
            if (JsonNode.Parse(alert.FactsJson)?["notified"] is JsonObject notified)
            {
                notifiedSeverity = (AlertSeverity)((int?)notified["severity"] ?? alert.Severity);
                notifiedCount = (int?)notified["count"] ?? alert.Mentions;
            }
        }
        catch (System.Text.Json.JsonException)
        {
        }

        return new OpenIncidentState(key, alert.FiredAt, alert.LastFiredAt, (AlertSeverity)alert.Severity, alert.Mentions, alert.NotifiedAt, notifiedSeverity, notifiedCount)
        {
            SnoozedUntil = alert.SnoozedUntil,
        };
    }

    private static async Task AddMentionsAsync(PantauDbContext db, Alert alert, IReadOnlyList<long> mentionIds, bool isNew, CancellationToken cancellationToken)
    {
        if (mentionIds.Count == 0)
        {
            return;
        }

        var have = isNew ? [] : await db.AlertMentions.Where(m => m.AlertId == alert.Id).Select(m => m.MentionId).ToListAsync(cancellationToken);
        var known = new HashSet<long>(have);
        foreach (var id in mentionIds)
        {
            if (known.Count >= MaxMentionsPerAlert)
            {
                break;
            }

            if (known.Add(id))
            {
                db.AlertMentions.Add(new AlertMention { AlertId = alert.Id, MentionId = id, WorkspaceId = alert.WorkspaceId });
            }
        }
    }
}
