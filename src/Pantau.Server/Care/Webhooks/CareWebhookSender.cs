using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pantau.Connectors.Feeds.Fetching;
using Pantau.Core.Care;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Hosting;

namespace Pantau.Server.Care.Webhooks;

/// <summary>
/// Delivers the outbox: signed POSTs to each webhook, woken by new events and looking every few seconds. Each webhook is
/// worked by its own task (a few at a time), in event order, so a slow or failing endpoint only delays its own events;
/// one that fails with a retryable error is left alone until that delivery's next attempt is due.
/// </summary>
public sealed class CareWebhookSender(
    IOptions<CareWebhookOptions> options,
    IDbContextFactory<PantauDbContext> contexts,
    CareWebhookOutbox outbox,
    CareWebhookSecrets secrets,
    Readiness readiness,
    TimeProvider time,
    ILogger<CareWebhookSender> logger) : BackgroundService
{
    public const string UserAgent = "Pantau/1 (+webhooks)";
    private const int BatchSize = 20;

    private readonly CareWebhookOptions _options = options.Value;
    private readonly HttpClient _client = GuardedHttpClient.Create(options.Value.AllowedHosts, options.Value.Timeout);
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentWebhooks);
    private readonly ConcurrentDictionary<Guid, Task> _running = new();
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _pausedUntil = new();

    /// <summary>Lets a webhook that was left alone after a failure be tried again now (a redelivery, a test, an edit).</summary>
    public void Resume(Guid webhookId)
    {
        _pausedUntil.TryRemove(webhookId, out _);
        outbox.Wake();
    }

    public override void Dispose()
    {
        _client.Dispose();
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
                    await StartDueWebhooksAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "Looking for due webhook deliveries failed");
                }

                await outbox.WaitAsync(_options.PollInterval, stoppingToken);
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

    private async Task StartDueWebhooksAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await (
                from d in db.CareWebhookDeliveries
                join w in db.CareWebhooks on d.WebhookId equals w.Id
                where d.DeliveredAt == null && d.FailedAt == null && d.NextAttemptAt <= now && w.Enabled
                select d.WebhookId)
            .Distinct()
            .ToListAsync(cancellationToken);
        foreach (var webhookId in due)
        {
            if (_pausedUntil.TryGetValue(webhookId, out var until) && until > now)
            {
                continue;
            }

            _pausedUntil.TryRemove(webhookId, out _);
            if (_running.ContainsKey(webhookId))
            {
                continue;
            }

            var started = new TaskCompletionSource();
            var work = RunWebhookAsync(webhookId, started.Task, cancellationToken);
            if (_running.TryAdd(webhookId, work))
            {
                started.SetResult();
            }
            else
            {
                started.SetCanceled(CancellationToken.None);
            }
        }
    }

    private async Task RunWebhookAsync(Guid webhookId, Task started, CancellationToken cancellationToken)
    {
        try
        {
            await started;
        }
        catch (OperationCanceledException)
        {
            return; // another task already works this webhook
        }

        var attempted = 0;
        try
        {
            await _slots.WaitAsync(cancellationToken);
            try
            {
                attempted = await DeliverDueAsync(webhookId, cancellationToken);
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
            logger.LogWarning(exception, "Delivering to webhook {WebhookId} failed", webhookId);
        }
        finally
        {
            _running.TryRemove(webhookId, out _);
        }

        if (attempted > 0)
        {
            outbox.Wake(); // events that arrived while this webhook was busy
        }
    }

    /// <returns>How many attempts were made.</returns>
    private async Task<int> DeliverDueAsync(Guid webhookId, CancellationToken cancellationToken)
    {
        var attempted = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var webhook = await db.CareWebhooks.AsNoTracking().FirstOrDefaultAsync(w => w.Id == webhookId, cancellationToken);
            if (webhook is not { Enabled: true })
            {
                return attempted;
            }

            string secret;
            try
            {
                secret = secrets.Unprotect(webhook.ProtectedSecret);
            }
            catch (CryptographicException)
            {
                logger.LogError("The secret of webhook {WebhookId} cannot be decrypted (Data Protection keys lost?); rotate it", webhookId);
                _pausedUntil[webhookId] = time.GetUtcNow() + TimeSpan.FromMinutes(5);
                return attempted;
            }

            var now = time.GetUtcNow();
            var batch = await db.CareWebhookDeliveries
                .Where(d => d.WebhookId == webhookId && d.DeliveredAt == null && d.FailedAt == null && d.NextAttemptAt <= now)
                .OrderBy(d => d.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return attempted;
            }

            foreach (var delivery in batch)
            {
                var outcome = await SendAsync(webhook.Url, secret, delivery, cancellationToken);
                attempted++;
                Record(webhook, delivery, outcome);
                await db.SaveChangesAsync(cancellationToken);
                if (!outcome.Delivered && outcome.Retryable)
                {
                    // The endpoint is down or busy: its other events wait with this one instead of failing one by one.
                    _pausedUntil[webhookId] = delivery.FailedAt is null ? delivery.NextAttemptAt : time.GetUtcNow();
                    return attempted;
                }
            }
        }
    }

    private void Record(CareWebhook webhook, CareWebhookDelivery delivery, DeliveryOutcome outcome)
    {
        var now = time.GetUtcNow();
        delivery.Attempts++;
        delivery.LastStatus = outcome.Status;
        delivery.LastError = outcome.Error is { Length: > 1000 } tooLong ? tooLong[..1000] : outcome.Error;
        if (outcome.Delivered)
        {
            delivery.DeliveredAt = now;
            logger.LogDebug("Delivered {EventType} {EventId} to webhook {WebhookId}", delivery.EventType, delivery.EventId, webhook.Id);
            return;
        }

        var delay = DeliveryRetry.NextDelay(outcome, delivery.Attempts, _options, Random.Shared.NextDouble());
        if (delay is { } wait)
        {
            delivery.NextAttemptAt = now + wait;
            logger.LogInformation("Webhook {WebhookId} ({Host}) did not take {EventType} {EventId}, attempt {Attempt}: {Error}; trying again in {Delay}",
                webhook.Id, HostOf(webhook.Url), delivery.EventType, delivery.EventId, delivery.Attempts, outcome.Error, wait);
        }
        else
        {
            delivery.FailedAt = now;
            logger.LogWarning("Webhook {WebhookId} ({Host}) did not take {EventType} {EventId} after {Attempts} attempts: {Error}; giving up",
                webhook.Id, HostOf(webhook.Url), delivery.EventType, delivery.EventId, delivery.Attempts, outcome.Error);
        }
    }

    private async Task<DeliveryOutcome> SendAsync(string url, string secret, CareWebhookDelivery delivery, CancellationToken cancellationToken)
    {
        Uri target;
        try
        {
            target = new Uri(url, UriKind.Absolute);
            SsrfGuard.CheckUrl(target);
        }
        catch (Exception exception) when (exception is UriFormatException or FeedFetchException)
        {
            return DeliveryOutcome.Failure(exception.Message, retryable: false);
        }

        var body = Encoding.UTF8.GetBytes(delivery.PayloadJson);
        using var request = new HttpRequestMessage(HttpMethod.Post, target);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, WebhookSignature.Sign(body, secret, time.GetUtcNow()));
        request.Headers.TryAddWithoutValidation("Pantau-Event-Id", delivery.EventId);
        request.Headers.TryAddWithoutValidation("Pantau-Event-Type", delivery.EventType);
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);

        using var timeout = new CancellationTokenSource(_options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            return DeliveryOutcome.FromResponse(response.StatusCode, response.Headers.RetryAfter, time.GetUtcNow());
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var seconds = _options.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
            return DeliveryOutcome.Failure($"no answer within {seconds} s from {target.Host}", retryable: true);
        }
        catch (HttpRequestException exception)
        {
            if (GuardedHttpClient.FindFetchException(exception) is { Kind: FeedFetchErrorKind.Blocked } blocked)
            {
                return DeliveryOutcome.Failure(blocked.Message, retryable: false);
            }

            return DeliveryOutcome.Failure($"could not reach {target.Host}: {exception.GetBaseException().Message}", retryable: true);
        }
        catch (IOException exception)
        {
            return DeliveryOutcome.Failure($"the connection to {target.Host} broke: {exception.GetBaseException().Message}", retryable: true);
        }
    }

    private static string HostOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : "?";
}
