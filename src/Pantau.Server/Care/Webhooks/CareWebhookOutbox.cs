using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Data.Entities;

namespace Pantau.Server.Care.Webhooks;

/// <summary>
/// Writes case events for the company's webhooks into the outbox, in the caller's unit of work: the event is saved
/// exactly when the change it tells of is, and <see cref="CareWebhookSender"/> delivers it afterwards.
/// </summary>
public sealed class CareWebhookOutbox(CareLinks links, TimeProvider time)
{
    /// <summary>A cached list is reread after this even without an edit here (another process may have changed it).</summary>
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<Guid, Subscribers> _cache = new();
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>
    /// Adds one delivery per enabled webhook of the case's workspace that wants <paramref name="eventType"/> (no events
    /// chosen means all) to <paramref name="db"/> without saving. Call <see cref="Wake"/> after saving.
    /// </summary>
    public async Task EnqueueAsync(PantauDbContext db, Case @case, string eventType, object? data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentException.ThrowIfNullOrEmpty(eventType);
        var subscribers = await SubscribersAsync(db, @case.WorkspaceId, cancellationToken);
        var targets = subscribers.Webhooks.Where(w => w.Events.Count == 0 || w.Events.Contains(eventType)).ToList();
        if (targets.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        var eventId = NewEventId();
        var payload = CareWebhookPayload.Build(eventId, eventType, now, @case.WorkspaceId,
            CareWebhookPayload.Snapshot(@case, links.Case(subscribers.Slug, @case.Number)), data);
        foreach (var target in targets)
        {
            db.CareWebhookDeliveries.Add(NewDelivery(@case.WorkspaceId, target.Id, eventType, eventId, payload, now));
        }
    }

    /// <summary>Starts delivery at once instead of at the sender's next look; call after the events are saved.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Forgets a workspace's webhooks; called by every edit of them.</summary>
    public void Invalidate(Guid workspaceId) => _cache.TryRemove(workspaceId, out _);

    internal static string NewEventId() => Guid.NewGuid().ToString("N");

    internal static CareWebhookDelivery NewDelivery(Guid workspaceId, Guid webhookId, string eventType, string eventId, string payload, DateTimeOffset now) => new()
    {
        WorkspaceId = workspaceId,
        WebhookId = webhookId,
        EventType = eventType,
        EventId = eventId,
        PayloadJson = payload,
        NextAttemptAt = now,
        CreatedAt = now,
    };

    /// <summary>Waits until woken or until <paramref name="timeout"/> passes.</summary>
    internal async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await _wake.Reader.WaitToReadAsync(limit.Token);
            _wake.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval passed.
        }
    }

    private async Task<Subscribers> SubscribersAsync(PantauDbContext db, Guid workspaceId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(workspaceId, out var cached) && now - cached.LoadedAt < CacheLifetime)
        {
            return cached;
        }

        var rows = await db.CareWebhooks.AsNoTracking()
            .Where(w => w.WorkspaceId == workspaceId && w.Enabled)
            .Select(w => new { w.Id, w.Events })
            .ToListAsync(cancellationToken);
        var slug = await db.Workspaces.AsNoTracking().Where(w => w.Id == workspaceId).Select(w => w.Slug).FirstOrDefaultAsync(cancellationToken) ?? "";
        var loaded = new Subscribers([.. rows.Select(r => new Subscriber(r.Id, ParseEvents(r.Events)))], slug, now);
        _cache[workspaceId] = loaded;
        return loaded;
    }

    internal static IReadOnlySet<string> ParseEvents(string events) =>
        events.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);

    private sealed record Subscriber(Guid Id, IReadOnlySet<string> Events);

    private sealed record Subscribers(IReadOnlyList<Subscriber> Webhooks, string Slug, DateTimeOffset LoadedAt);
}
