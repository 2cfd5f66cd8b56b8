using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pantau.Core.Alerts;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Alerts.Delivery;
using Pantau.Server.Hosting;

namespace Pantau.Server.Alerts.Dispatch;

/// <summary>
/// Sends the alert outbox: woken when notices are queued and looking every few seconds. Each channel is worked by its own task
/// (a few at a time), in queue order, so a slow or failing channel only delays its own notices. A retryable failure is tried
/// again with backoff (or after the receiver's Retry-After) and leaves the channel alone until then; a notice in the channel's
/// quiet hours waits, without counting an attempt, until they end; an update of an alert resolved meanwhile is dropped.
/// </summary>
public sealed class AlertDispatcher(
    IOptions<AlertDispatchOptions> options,
    IDbContextFactory<PantauDbContext> contexts,
    AlertDeliverySignal signal,
    AlertSenders senders,
    AlertNotices notices,
    AlertChannelSecrets secrets,
    Readiness readiness,
    TimeProvider time,
    ILogger<AlertDispatcher> logger) : BackgroundService
{
    public const string ResolvedError = "alert resolved";
    private const int BatchSize = 20;
    private const int MaxErrorLength = 1000;

    private readonly AlertDispatchOptions _options = options.Value;
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentChannels);
    private readonly ConcurrentDictionary<Guid, Task> _running = new();
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _pausedUntil = new();

    public override void Dispose()
    {
        _slots.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WhenReady.WaitAsync(stoppingToken);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await StartDueChannelsAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "Looking for due alert deliveries failed");
                }

                await signal.WaitAsync(_options.PollInterval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            try
            {
                await Task.WhenAll(_running.Values);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private async Task StartDueChannelsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await (
                from d in db.AlertDeliveries
                join c in db.AlertChannels on d.ChannelId equals c.Id
                where d.DeliveredAt == null && d.FailedAt == null && d.NextAttemptAt <= now && c.Enabled
                select d.ChannelId)
            .Distinct()
            .ToListAsync(cancellationToken);
        foreach (var channelId in due)
        {
            if ((_pausedUntil.TryGetValue(channelId, out var until) && until > now) || _running.ContainsKey(channelId))
            {
                continue;
            }

            _pausedUntil.TryRemove(channelId, out _);
            var started = new TaskCompletionSource();
            var work = RunChannelAsync(channelId, started.Task, cancellationToken);
            if (_running.TryAdd(channelId, work))
            {
                started.SetResult();
            }
            else
            {
                started.SetCanceled(CancellationToken.None);
            }
        }
    }

    private async Task RunChannelAsync(Guid channelId, Task started, CancellationToken cancellationToken)
    {
        try
        {
            await started;
        }
        catch (OperationCanceledException)
        {
            return; // another task already works this channel
        }

        var worked = 0;
        try
        {
            await _slots.WaitAsync(cancellationToken);
            try
            {
                worked = await DeliverDueAsync(channelId, cancellationToken);
            }
            finally
            {
                _slots.Release();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Delivering alerts to channel {ChannelId} failed", channelId);
            _pausedUntil[channelId] = time.GetUtcNow() + _options.EffectiveRetryDelays[0];
        }
        finally
        {
            _running.TryRemove(channelId, out _);
        }

        if (worked > 0)
        {
            signal.Wake(); // notices queued while this channel was busy
        }
    }

    /// <returns>How many deliveries were worked (sent, held or dropped).</returns>
    private async Task<int> DeliverDueAsync(Guid channelId, CancellationToken cancellationToken)
    {
        var worked = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var channel = await db.AlertChannels.AsNoTracking().FirstOrDefaultAsync(c => c.Id == channelId, cancellationToken);
            if (channel is not { Enabled: true } || !Enum.TryParse<AlertChannelKind>(channel.Kind, ignoreCase: true, out var kind))
            {
                return worked;
            }

            ChannelTarget target;
            try
            {
                target = new ChannelTarget(kind, channel.Address, secrets.Unprotect(channel.ProtectedSecret));
            }
            catch (CryptographicException)
            {
                logger.LogError("The secret of alert channel {ChannelId} cannot be decrypted (Data Protection keys lost?); set it again", channelId);
                _pausedUntil[channelId] = time.GetUtcNow() + TimeSpan.FromMinutes(5);
                return worked;
            }

            var now = time.GetUtcNow();
            var batch = await db.AlertDeliveries
                .Where(d => d.ChannelId == channelId && d.DeliveredAt == null && d.FailedAt == null && d.NextAttemptAt <= now)
                .OrderBy(d => d.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return worked;
            }

            var workspace = await AlertNotices.WorkspaceAsync(db, channel.WorkspaceId, cancellationToken);
            var quiet = ChannelQuietHours.Parse(channel.QuietHoursJson);
            foreach (var delivery in batch)
            {
                worked++;
                var alert = await db.Alerts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == delivery.AlertId && a.WorkspaceId == channel.WorkspaceId, cancellationToken);
                now = time.GetUtcNow();
                if (alert is null || workspace is null)
                {
                    delivery.FailedAt = now;
                    delivery.LastError = "alert not found";
                    await db.SaveChangesAsync(cancellationToken);
                    continue;
                }

                if (delivery.Reason == AlertOutbox.Updated && (alert.Status == AlertStatus.Resolved || alert.ResolvedAt is not null))
                {
                    delivery.FailedAt = now;
                    delivery.LastError = ResolvedError;
                    await db.SaveChangesAsync(cancellationToken);
                    continue;
                }

                if (quiet is not null && quiet.Holds((AlertSeverity)alert.Severity, now))
                {
                    delivery.NextAttemptAt = quiet.NextAllowed(now);
                    await db.SaveChangesAsync(cancellationToken);
                    logger.LogDebug("Alert {AlertId} to channel {ChannelId} waits for the end of quiet hours at {Until}", alert.Id, channelId, delivery.NextAttemptAt);
                    continue;
                }

                var notice = await notices.BuildAsync(db, alert, delivery.Reason, workspace, cancellationToken);
                var outcome = await senders.SendAsync(notice, target, cancellationToken);
                Record(target, delivery, outcome);
                await db.SaveChangesAsync(cancellationToken);
                if (!outcome.Delivered && delivery.FailedAt is null)
                {
                    // The channel is down or busy: its other notices wait with this one instead of failing one by one.
                    _pausedUntil[channelId] = delivery.NextAttemptAt;
                    return worked;
                }
            }
        }
    }

    private void Record(ChannelTarget target, AlertDelivery delivery, DeliveryOutcome outcome)
    {
        var now = time.GetUtcNow();
        delivery.Attempts++;
        delivery.LastStatus = outcome.StatusCode;
        delivery.LastError = outcome.Error is { Length: > MaxErrorLength } tooLong ? tooLong[..MaxErrorLength] : outcome.Error;
        if (outcome.Delivered)
        {
            delivery.DeliveredAt = now;
            logger.LogDebug("Delivered alert {AlertId} ({Reason}) to {Target}", delivery.AlertId, delivery.Reason, target);
            return;
        }

        if (AlertRetry.NextDelay(outcome, delivery.Attempts, _options, Random.Shared.NextDouble()) is { } wait)
        {
            delivery.NextAttemptAt = now + wait;
            logger.LogInformation("{Target} did not take alert {AlertId}, attempt {Attempt}: {Error}; trying again in {Delay}",
                target, delivery.AlertId, delivery.Attempts, outcome.Error, wait);
        }
        else
        {
            delivery.FailedAt = now;
            logger.LogWarning("{Target} did not take alert {AlertId} after {Attempts} attempts: {Error}; giving up",
                target, delivery.AlertId, delivery.Attempts, outcome.Error);
        }
    }
}
