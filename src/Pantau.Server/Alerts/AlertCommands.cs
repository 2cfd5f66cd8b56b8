using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Accounts;

namespace Pantau.Server.Alerts;

public enum AlertCommandResult
{
    Done,
    NotFound,
    Invalid,
}

/// <summary>What the team does with an alert: acknowledge it (stops escalation), snooze it, resolve it, open it again.</summary>
public sealed class AlertCommands(IDbContextFactory<PantauDbContext> contexts, AlertFeed feed, TimeProvider clock)
{
    /// <summary>The longest snooze: a week.</summary>
    public static readonly TimeSpan MaxSnooze = TimeSpan.FromDays(7);

    public Task<AlertCommandResult> AcknowledgeAsync(Guid workspaceId, Guid alertId, Caller by, CancellationToken cancellationToken) =>
        ChangeAsync(workspaceId, alertId, alert =>
        {
            if (alert.Status == AlertStatus.Open)
            {
                alert.Status = AlertStatus.Acknowledged;
                alert.AcknowledgedAt = clock.GetUtcNow();
                alert.AcknowledgedBy = by.Name;
            }
        }, cancellationToken);

    public Task<AlertCommandResult> SnoozeAsync(Guid workspaceId, Guid alertId, TimeSpan length, Caller by, CancellationToken cancellationToken)
    {
        if (length <= TimeSpan.Zero || length > MaxSnooze)
        {
            return Task.FromResult(AlertCommandResult.Invalid);
        }

        return ChangeAsync(workspaceId, alertId, alert =>
        {
            alert.SnoozedUntil = clock.GetUtcNow() + length;
            if (alert.Status == AlertStatus.Open)
            {
                // Snoozing says someone has seen it: escalation stops too.
                alert.Status = AlertStatus.Acknowledged;
                alert.AcknowledgedAt = clock.GetUtcNow();
                alert.AcknowledgedBy = by.Name;
            }
        }, cancellationToken);
    }

    public Task<AlertCommandResult> ResolveAsync(Guid workspaceId, Guid alertId, Caller by, CancellationToken cancellationToken) =>
        ChangeAsync(workspaceId, alertId, alert =>
        {
            if (alert.Status != AlertStatus.Resolved)
            {
                alert.Status = AlertStatus.Resolved;
                alert.ResolvedAt = clock.GetUtcNow();
                alert.ResolvedBy = by.Name;
                alert.SnoozedUntil = null;
            }
        }, cancellationToken);

    public Task<AlertCommandResult> ReopenAsync(Guid workspaceId, Guid alertId, CancellationToken cancellationToken) =>
        ChangeAsync(workspaceId, alertId, alert =>
        {
            alert.Status = AlertStatus.Open;
            alert.ResolvedAt = null;
            alert.ResolvedBy = null;
            alert.AcknowledgedAt = null;
            alert.AcknowledgedBy = null;
            alert.SnoozedUntil = null;
        }, cancellationToken);

    private async Task<AlertCommandResult> ChangeAsync(Guid workspaceId, Guid alertId, Action<Alert> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var alert = await db.Alerts.FirstOrDefaultAsync(a => a.Id == alertId && a.WorkspaceId == workspaceId, cancellationToken);
        if (alert is null)
        {
            return AlertCommandResult.NotFound;
        }

        change(alert);
        await db.SaveChangesAsync(cancellationToken);
        feed.Publish(new AlertChange(workspaceId, alert.Id, alert.Number, AlertChangeKind.Changed, alert.Severity));
        return AlertCommandResult.Done;
    }
}
