using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Hosting;

namespace Pantau.Server.Alerts.Dispatch;

/// <summary>
/// Tells the next people when an alert stays open: each minute, for every open alert (not acknowledged, resolved or snoozed,
/// and not over for more than a day), queues an "escalated" notice to each due step's channel (an escalation-only one too),
/// once per step: the step's bit in <see cref="Alert.EscalatedSteps"/> is claimed in the same transaction.
/// </summary>
public sealed class AlertEscalator(
    IOptions<AlertDispatchOptions> options,
    IDbContextFactory<PantauDbContext> contexts,
    AlertOutbox outbox,
    Readiness readiness,
    TimeProvider time,
    ILogger<AlertEscalator> logger) : BackgroundService
{
    /// <summary>An incident over for longer than this is not escalated any more.</summary>
    public static readonly TimeSpan EndedLongAgo = TimeSpan.FromDays(1);

    /// <summary>Steps are bits of an int.</summary>
    public const int MaxSteps = 31;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WhenReady.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.EscalationInterval, time);
        try
        {
            do
            {
                try
                {
                    if (await EscalateAsync(stoppingToken) > 0)
                    {
                        outbox.Wake();
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "Escalating open alerts failed");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Queues the due steps of every open alert; returns how many notices were queued.</summary>
    public async Task<int> EscalateAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var policies = (await db.AlertSettings.AsNoTracking()
                .Where(s => s.EscalationJson != "[]" && s.EscalationJson != "")
                .Select(s => new { s.WorkspaceId, s.EscalationJson })
                .ToListAsync(cancellationToken))
            .Select(s => (s.WorkspaceId, Policy: EscalationStepJson.Policy(s.EscalationJson)))
            .Where(s => s.Policy.Steps.Count > 0)
            .ToList();
        var queued = 0;
        foreach (var (workspaceId, policy) in policies)
        {
            var channels = (await db.AlertChannels.AsNoTracking().Where(c => c.WorkspaceId == workspaceId && c.Enabled).Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
            var endedAfter = now - EndedLongAgo;
            var firstDue = now - policy.Steps[0].After;
            var alerts = await db.Alerts.AsNoTracking()
                .Where(a => a.WorkspaceId == workspaceId && a.Status == AlertStatus.Open && a.AcknowledgedAt == null && a.ResolvedAt == null
                    && (a.SnoozedUntil == null || a.SnoozedUntil <= now) && (a.EndedAt == null || a.EndedAt > endedAfter) && a.FiredAt <= firstDue)
                .ToListAsync(cancellationToken);
            foreach (var alert in alerts)
            {
                var notified = Enumerable.Range(0, MaxSteps).Where(i => (alert.EscalatedSteps & (1 << i)) != 0).ToHashSet();
                var due = policy.DueSteps(alert.FiredAt, alert.AcknowledgedAt, now, notified).Where(i => i < MaxSteps).ToList();
                if (due.Count == 0)
                {
                    continue;
                }

                // Claim the steps (compare-and-set on the bits) and queue their notices in one transaction: each step is
                // told once, even with a second instance or a crash in between.
                var notifiedBits = alert.EscalatedSteps;
                var bits = due.Aggregate(notifiedBits, (all, step) => all | (1 << step));
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var claimed = await db.Alerts.Where(a => a.Id == alert.Id && a.EscalatedSteps == notifiedBits)
                    .ExecuteUpdateAsync(u => u.SetProperty(a => a.EscalatedSteps, bits), cancellationToken);
                if (claimed == 0)
                {
                    continue;
                }

                foreach (var step in due)
                {
                    if (Guid.TryParse(policy.Steps[step].Recipient, out var channelId) && channels.Contains(channelId))
                    {
                        AlertOutbox.Add(db, alert, channelId, AlertOutbox.Escalated, now);
                        queued++;
                    }
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                logger.LogInformation("Alert {AlertId} escalated (steps {Steps})", alert.Id, string.Join(",", due));
            }
        }

        return queued;
    }
}
