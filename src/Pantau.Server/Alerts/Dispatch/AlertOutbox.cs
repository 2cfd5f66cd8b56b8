using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Data.Entities;

namespace Pantau.Server.Alerts.Dispatch;

/// <summary>
/// Queues an alert's notices to the workspace's channels in the caller's transaction, so a notice is neither lost by a crash
/// nor sent for an alert that rolled back; the dispatcher sends them.
/// </summary>
public sealed class AlertOutbox(AlertDeliverySignal signal)
{
    public const string Fired = "fired";
    public const string Updated = "updated";
    public const string Escalated = "escalated";
    public const string Test = "test";

    /// <summary>Adds a delivery for each enabled channel that wants this severity (escalation-only channels wait for their step). Does not save.</summary>
    public static async Task<int> EnqueueAsync(PantauDbContext db, Alert alert, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(alert);
        var channels = await db.AlertChannels.AsNoTracking()
            .Where(c => c.WorkspaceId == alert.WorkspaceId && c.Enabled && !c.EscalationOnly && c.MinSeverity <= alert.Severity)
            .Select(c => c.Id).ToListAsync(cancellationToken);
        foreach (var channel in channels)
        {
            Add(db, alert, channel, reason, now);
        }

        return channels.Count;
    }

    /// <summary>Adds one delivery to one channel (an escalation step, a test). Does not save.</summary>
    public static void Add(PantauDbContext db, Alert alert, Guid channelId, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(alert);
        db.AlertDeliveries.Add(new AlertDelivery
        {
            WorkspaceId = alert.WorkspaceId,
            AlertId = alert.Id,
            ChannelId = channelId,
            Reason = reason,
            NextAttemptAt = now,
            CreatedAt = now,
        });
    }

    /// <summary>Tells the dispatcher that committed deliveries wait.</summary>
    public void Wake() => signal.Wake();
}
