using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pantau.Data;
using Pantau.Server.Alerts.Delivery;
using Pantau.Server.Alerts.Dispatch;
using Pantau.Server.Hosting;

namespace Pantau.Server.Alerts.Digests;

/// <summary>
/// Sends the daily and weekly digests at 08:00 in each workspace's zone (<see cref="DigestPeriods"/>). A period is claimed in
/// the database (<c>DailyDigestSentFor</c>, <c>WeeklyDigestSentFor</c>) before it is sent, so it goes out once across restarts
/// and instances; a retryable failure gives the claim back and the next minute tries again.
/// </summary>
public sealed class DigestScheduler(
    IOptions<AlertDispatchOptions> options,
    IDbContextFactory<PantauDbContext> contexts,
    DigestBuilder builder,
    DigestMail mail,
    Readiness readiness,
    TimeProvider time,
    ILogger<DigestScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WhenReady.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.DigestInterval, time);
        try
        {
            do
            {
                try
                {
                    await SendDueAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "Sending digests failed");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Sends every digest that is due and not yet sent; returns how many went out.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var wanted = await db.AlertSettings.AsNoTracking()
            .Where(s => (s.DailyDigest || s.WeeklyDigest) && s.DigestRecipients != "")
            .Select(s => new { s.WorkspaceId, s.DailyDigest, s.WeeklyDigest, s.DailyDigestSentFor, s.WeeklyDigestSentFor, s.DigestRecipients })
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var settings in wanted)
        {
            var zone = await ZoneAsync(db, settings.WorkspaceId, cancellationToken);
            foreach (var (kind, on, sentFor) in new[] { (DigestPeriodKind.Daily, settings.DailyDigest, settings.DailyDigestSentFor), (DigestPeriodKind.Weekly, settings.WeeklyDigest, settings.WeeklyDigestSentFor) })
            {
                if (!on || DigestPeriods.Due(kind, now, zone) is not { } period || sentFor >= period.Start
                    || !await ClaimAsync(db, settings.WorkspaceId, kind, period.Start, sentFor, cancellationToken))
                {
                    continue;
                }

                var (start, end) = period;

                var outcome = await SendAsync(settings.WorkspaceId, kind, start, end, settings.DigestRecipients, cancellationToken);
                if (outcome is { Delivered: false, Retryable: true })
                {
                    await ReleaseAsync(db, settings.WorkspaceId, kind, start, sentFor, cancellationToken);
                    logger.LogInformation("The {Kind} digest of workspace {WorkspaceId} was not sent ({Error}); trying again", kind, settings.WorkspaceId, outcome.Error);
                }
                else if (outcome is { Delivered: true })
                {
                    sent++;
                }
                else
                {
                    logger.LogWarning("The {Kind} digest of workspace {WorkspaceId} for {Start} was refused: {Error}", kind, settings.WorkspaceId, start, outcome?.Error);
                }
            }
        }

        return sent;
    }

    /// <summary>The latest period's digest, to preview.</summary>
    public async Task<DigestReport?> BuildLatestAsync(Guid workspaceId, DigestPeriodKind kind, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (start, end) = DigestPeriods.Latest(kind, time.GetUtcNow(), await ZoneAsync(db, workspaceId, cancellationToken));
        return await builder.BuildAsync(workspaceId, kind, start, end, cancellationToken);
    }

    /// <summary>Sends the latest period's digest now, whether or not it was sent; null without recipients.</summary>
    public async Task<DeliveryOutcome?> SendNowAsync(Guid workspaceId, DigestPeriodKind kind, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recipients = await db.AlertSettings.AsNoTracking().Where(s => s.WorkspaceId == workspaceId).Select(s => s.DigestRecipients).FirstOrDefaultAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(recipients))
        {
            return null;
        }

        var (start, end) = DigestPeriods.Latest(kind, time.GetUtcNow(), await ZoneAsync(db, workspaceId, cancellationToken));
        return await SendAsync(workspaceId, kind, start, end, recipients, cancellationToken);
    }

    private async Task<DeliveryOutcome?> SendAsync(Guid workspaceId, DigestPeriodKind kind, DateTimeOffset start, DateTimeOffset end, string recipients, CancellationToken cancellationToken)
    {
        var report = await builder.BuildAsync(workspaceId, kind, start, end, cancellationToken);
        return report is null ? null : await mail.SendAsync(report, recipients, cancellationToken);
    }

    private static async Task<TimeZoneInfo> ZoneAsync(PantauDbContext db, Guid workspaceId, CancellationToken cancellationToken)
    {
        var id = await db.CareSettings.AsNoTracking().Where(s => s.WorkspaceId == workspaceId).Select(s => s.TimeZone).FirstOrDefaultAsync(cancellationToken);
        return NoticeText.Zone(id ?? NoticeText.DefaultTimeZoneId);
    }

    /// <summary>Marks the period sent unless another pass did first (compare-and-set on the previous value).</summary>
    private static async Task<bool> ClaimAsync(PantauDbContext db, Guid workspaceId, DigestPeriodKind kind, DateTimeOffset start, DateTimeOffset? previous, CancellationToken cancellationToken) =>
        await SetAsync(db, workspaceId, kind, previous, start, cancellationToken) == 1;

    private static Task<int> ReleaseAsync(PantauDbContext db, Guid workspaceId, DigestPeriodKind kind, DateTimeOffset start, DateTimeOffset? previous, CancellationToken cancellationToken) =>
        SetAsync(db, workspaceId, kind, start, previous, cancellationToken);

    private static Task<int> SetAsync(PantauDbContext db, Guid workspaceId, DigestPeriodKind kind, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        var row = db.AlertSettings.Where(s => s.WorkspaceId == workspaceId);
        return kind == DigestPeriodKind.Daily
            ? row.Where(s => s.DailyDigestSentFor == from).ExecuteUpdateAsync(u => u.SetProperty(s => s.DailyDigestSentFor, to), cancellationToken)
            : row.Where(s => s.WeeklyDigestSentFor == from).ExecuteUpdateAsync(u => u.SetProperty(s => s.WeeklyDigestSentFor, to), cancellationToken);
    }
}
