using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pantau.Connectors.Feeds;
using Pantau.Connectors.Feeds.Fetching;
using Pantau.Connectors.Feeds.WebSub;
using Pantau.Core.Posts;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Hosting;
using Pantau.Server.Sources;

namespace Pantau.Server.Feeds;

/// <summary>
/// Keeps a WebSub subscription for every enabled feed source whose feed names a hub (the feed connector records the
/// hub and topic in its cursor): subscribes, renews before the lease ends, asks again after a refusal, and drops
/// subscriptions of sources that are gone or disabled. Runs only when <see cref="FeedOptions.PublicUrl"/> is set,
/// since a hub must be able to reach the callback. Polling goes on beside it, as the safety net.
/// </summary>
public sealed class FeedSubscriptions(
    IDbContextFactory<PantauDbContext> contexts,
    IOptions<FeedOptions> options,
    IDataProtectionProvider protection,
    Readiness readiness,
    TimeProvider clock,
    ILogger<FeedSubscriptions> logger) : BackgroundService
{
    /// <summary>A request the hub has not verified within this time is made again; so is a refused one, after six times as long.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromHours(1);

    private readonly IDataProtector _secrets = protection.CreateProtector("Pantau.Feeds.WebSubSecret.v1");
    private readonly WebSubHub _hub = new(GuardedClient(options.Value));

    // One reconciliation at a time: two at once would both subscribe a new feed, with two secrets.
    private readonly SemaphoreSlim _reconciling = new(1, 1);

    public override void Dispose()
    {
        _reconciling.Dispose();
        base.Dispose();
    }

    /// <summary>The key deliveries are signed with: the bytes of the hub.secret text that was sent to the hub.</summary>
    public byte[] SecretOf(FeedSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return System.Text.Encoding.UTF8.GetBytes(_secrets.Unprotect(subscription.ProtectedSecret));
    }

    public Uri CallbackFor(Guid subscriptionId) =>
        new(options.Value.PublicUrl!, $"websub/{subscriptionId:D}");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.PublicUrl is null)
        {
            return;
        }

        try
        {
            await readiness.WhenReady.WaitAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await ReconcileAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "Could not reconcile WebSub subscriptions; trying again shortly");
                }

                await Task.Delay(options.Value.SubscriptionCheckInterval, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    internal async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        await _reconciling.WaitAsync(cancellationToken);
        try
        {
            await ReconcileOnceAsync(cancellationToken);
        }
        finally
        {
            _reconciling.Release();
        }
    }

    private async Task ReconcileOnceAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Only feeds whose cursor names a hub, and those that have a subscription to drop.
        var subscribed = await db.FeedSubscriptions.Select(f => f.SourceId).ToListAsync(cancellationToken);
        var sources = await db.Sources.AsNoTracking()
            .Where(s => s.Kind == SourceKinds.Feed && ((s.Cursor != null && s.Cursor.Contains("\"hub\":")) || subscribed.Contains(s.Id)))
            .ToListAsync(cancellationToken);
        var subscriptions = await db.FeedSubscriptions.ToDictionaryAsync(f => f.SourceId, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var source in sources)
        {
            var wanted = source.Enabled ? HubOf(source) : null;
            subscriptions.TryGetValue(source.Id, out var subscription);
            if (wanted is null)
            {
                if (subscription is not null)
                {
                    db.FeedSubscriptions.Remove(subscription);
                    await TryUnsubscribeAsync(subscription, cancellationToken);
                }

                continue;
            }

            var (hub, topic) = wanted.Value;
            if (subscription is null)
            {
                subscription = new FeedSubscription
                {
                    Id = Guid.CreateVersion7(now),
                    WorkspaceId = source.WorkspaceId,
                    SourceId = source.Id,
                    HubUrl = hub,
                    TopicUrl = topic,
                    ProtectedSecret = _secrets.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))),
                };
                db.FeedSubscriptions.Add(subscription);
            }
            else if (subscription.HubUrl != hub || subscription.TopicUrl != topic)
            {
                (subscription.HubUrl, subscription.TopicUrl, subscription.State) = (hub, topic, FeedSubscriptionState.Requested);
                subscription.RequestedAt = DateTimeOffset.MinValue;
            }
            else if (!IsDue(subscription, now))
            {
                continue;
            }

            await SubscribeAsync(subscription, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Whether to ask the hub (again): a lease ending within a tenth of its length (a day at most), or an old request.</summary>
    internal static bool IsDue(FeedSubscription subscription, DateTimeOffset now) => subscription.State switch
    {
        FeedSubscriptionState.Active => subscription.ExpiresAt is not { } expires || expires - now < RenewBefore(subscription),
        FeedSubscriptionState.Requested => now - subscription.RequestedAt >= RetryAfter,
        _ => now - subscription.RequestedAt >= RetryAfter * 6,
    };

    private static TimeSpan RenewBefore(FeedSubscription subscription)
    {
        var lease = (subscription.ExpiresAt ?? subscription.RequestedAt) - (subscription.VerifiedAt ?? subscription.RequestedAt);
        var tenth = lease / 10;
        return tenth > TimeSpan.FromDays(1) ? TimeSpan.FromDays(1) : tenth < TimeSpan.FromMinutes(5) ? TimeSpan.FromMinutes(5) : tenth;
    }

    private async Task SubscribeAsync(FeedSubscription subscription, DateTimeOffset now, CancellationToken cancellationToken)
    {
        subscription.RequestedAt = now;
        try
        {
            await _hub.SubscribeAsync(new Uri(subscription.HubUrl), subscription.TopicUrl, CallbackFor(subscription.Id),
                _secrets.Unprotect(subscription.ProtectedSecret), cancellationToken);
            if (subscription.State != FeedSubscriptionState.Active)
            {
                subscription.State = FeedSubscriptionState.Requested;
            }

            subscription.LastError = null;
        }
        catch (Exception exception) when (exception is WebSubException or UriFormatException)
        {
            logger.LogWarning("WebSub subscription of source {SourceId} at {Hub} failed: {Reason}", subscription.SourceId, subscription.HubUrl, exception.Message);
            subscription.State = FeedSubscriptionState.Failed;
            subscription.LastError = Truncate(exception.Message);
        }
    }

    private async Task TryUnsubscribeAsync(FeedSubscription subscription, CancellationToken cancellationToken)
    {
        try
        {
            await _hub.UnsubscribeAsync(new Uri(subscription.HubUrl), subscription.TopicUrl, CallbackFor(subscription.Id), cancellationToken);
        }
        catch (Exception exception) when (exception is WebSubException or UriFormatException)
        {
            // Deliveries to a forgotten subscription are answered 410 Gone, which ends it at the hub too.
            logger.LogInformation("Unsubscribing source {SourceId} at {Hub} failed: {Reason}", subscription.SourceId, subscription.HubUrl, exception.Message);
        }
    }

    private static (string Hub, string Topic)? HubOf(Source source)
    {
        try
        {
            var settings = FeedSourceSettings.From(SourceDto.ReadSettings(source.SettingsJson));
            var cursor = FeedCursor.Read(source.Cursor, settings.Url);
            return cursor is { Hub: { } hub, Topic: { } topic } ? (hub, topic) : null;
        }
        catch (Exception exception) when (exception is FormatException or System.Text.Json.JsonException)
        {
            return null;
        }
    }

    internal static string Truncate(string message) => message.Length <= 1000 ? message : message[..1000];

    /// <summary>Hubs are named by strangers' feeds: the client refuses private addresses as the feed fetcher does.</summary>
    private static HttpClient GuardedClient(FeedOptions options)
    {
        var guard = new SsrfGuard(options.AllowedHosts);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            ConnectCallback = guard.ConnectAsync,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        return new HttpClient(handler, disposeHandler: true) { Timeout = options.Timeout };
    }
}
