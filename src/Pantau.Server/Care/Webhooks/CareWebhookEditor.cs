using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pantau.Connectors.Feeds.Fetching;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Api;

namespace Pantau.Server.Care.Webhooks;

/// <summary>
/// Adds, changes and removes a workspace's webhooks, rotates their secrets and queues redeliveries and test events; the
/// REST API and the page both go through here, so both get the same checks.
/// </summary>
public sealed class CareWebhookEditor(
    IDbContextFactory<PantauDbContext> contexts,
    CareWebhookSecrets secrets,
    CareWebhookOutbox outbox,
    CareWebhookSender sender,
    IOptions<CareWebhookOptions> options,
    TimeProvider time)
{
    public const int MaxWebhooksPerWorkspace = 20;
    public const int DeliveryPageSize = 50;

    private readonly SsrfGuard _guard = new(options.Value.AllowedHosts);

    public async Task<IReadOnlyList<CareWebhookDto>> ListAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var webhooks = await db.CareWebhooks.AsNoTracking().Where(w => w.WorkspaceId == workspaceId).OrderBy(w => w.CreatedAt).ToListAsync(cancellationToken);
        var stats = await db.CareWebhookDeliveries.AsNoTracking()
            .Where(d => d.WorkspaceId == workspaceId)
            .GroupBy(d => d.WebhookId)
            .Select(g => new
            {
                WebhookId = g.Key,
                Pending = g.Count(d => d.DeliveredAt == null && d.FailedAt == null),
                Failed = g.Count(d => d.FailedAt != null),
                LastDelivered = g.Max(d => d.DeliveredAt),
            })
            .ToDictionaryAsync(s => s.WebhookId, cancellationToken);
        return [.. webhooks.Select(w => stats.TryGetValue(w.Id, out var s) ? CareWebhookDto.From(w, s.Pending, s.Failed, s.LastDelivered) : CareWebhookDto.From(w))];
    }

    public async Task<IResult> CreateAsync(Guid workspaceId, CareWebhookInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await ValidateAsync(input, partial: false, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.CareWebhooks.CountAsync(w => w.WorkspaceId == workspaceId, cancellationToken) >= MaxWebhooksPerWorkspace)
        {
            return ApiProblems.Invalid("url", $"A workspace can have at most {MaxWebhooksPerWorkspace} webhooks.");
        }

        var secret = CareWebhookSecrets.Generate();
        var webhook = new CareWebhook
        {
            Id = Guid.CreateVersion7(),
            WorkspaceId = workspaceId,
            Url = input.Url!.Trim(),
            ProtectedSecret = secrets.Protect(secret),
            Events = JoinEvents(input.Events),
            Enabled = input.Enabled ?? true,
            CreatedAt = time.GetUtcNow(),
        };
        db.CareWebhooks.Add(webhook);
        await db.SaveChangesAsync(cancellationToken);
        outbox.Invalidate(workspaceId);
        return TypedResults.Created($"/api/v1/workspaces/{workspaceId}/care/webhooks/{webhook.Id}", CareWebhookDto.From(webhook, secret: secret));
    }

    public async Task<IResult> UpdateAsync(Guid workspaceId, Guid webhookId, CareWebhookInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await ValidateAsync(input, partial: true, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var webhook = await db.CareWebhooks.FirstOrDefaultAsync(w => w.WorkspaceId == workspaceId && w.Id == webhookId, cancellationToken);
        if (webhook is null)
        {
            return ApiProblems.NotFound("The webhook");
        }

        if (input.Url is not null)
        {
            webhook.Url = input.Url.Trim();
        }

        if (input.Events is not null)
        {
            webhook.Events = JoinEvents(input.Events);
        }

        if (input.Enabled is { } enabled)
        {
            webhook.Enabled = enabled;
        }

        await db.SaveChangesAsync(cancellationToken);
        outbox.Invalidate(workspaceId);
        sender.Resume(webhookId);
        return TypedResults.Ok(CareWebhookDto.From(webhook));
    }

    public async Task<IResult> DeleteAsync(Guid workspaceId, Guid webhookId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deleted = await db.CareWebhooks.Where(w => w.WorkspaceId == workspaceId && w.Id == webhookId).ExecuteDeleteAsync(cancellationToken);
        outbox.Invalidate(workspaceId);
        return deleted == 0 ? ApiProblems.NotFound("The webhook") : TypedResults.NoContent();
    }

    /// <summary>A new secret, shown once; the old one stops working at once.</summary>
    public async Task<IResult> RotateSecretAsync(Guid workspaceId, Guid webhookId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var webhook = await db.CareWebhooks.FirstOrDefaultAsync(w => w.WorkspaceId == workspaceId && w.Id == webhookId, cancellationToken);
        if (webhook is null)
        {
            return ApiProblems.NotFound("The webhook");
        }

        var secret = CareWebhookSecrets.Generate();
        webhook.ProtectedSecret = secrets.Protect(secret);
        await db.SaveChangesAsync(cancellationToken);
        sender.Resume(webhookId);
        return TypedResults.Ok(CareWebhookDto.From(webhook, secret: secret));
    }

    public async Task<IResult> DeliveriesAsync(Guid workspaceId, Guid webhookId, int page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.CareWebhooks.AnyAsync(w => w.WorkspaceId == workspaceId && w.Id == webhookId, cancellationToken))
        {
            return ApiProblems.NotFound("The webhook");
        }

        page = Math.Max(1, page);
        var query = db.CareWebhookDeliveries.AsNoTracking().Where(d => d.WorkspaceId == workspaceId && d.WebhookId == webhookId);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(d => d.Id).Skip((page - 1) * DeliveryPageSize).Take(DeliveryPageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new CareWebhookDeliveryPage([.. rows.Select(CareWebhookDeliveryDto.From)], page, DeliveryPageSize, total));
    }

    /// <summary>Queues the event again as a new delivery with the same event id, so a receiver that has it already can drop it.</summary>
    public async Task<IResult> RedeliverAsync(Guid workspaceId, Guid webhookId, long deliveryId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var original = await db.CareWebhookDeliveries.AsNoTracking()
            .FirstOrDefaultAsync(d => d.WorkspaceId == workspaceId && d.WebhookId == webhookId && d.Id == deliveryId, cancellationToken);
        if (original is null)
        {
            return ApiProblems.NotFound("The delivery");
        }

        var copy = CareWebhookOutbox.NewDelivery(workspaceId, webhookId, original.EventType, original.EventId, original.PayloadJson, time.GetUtcNow());
        db.CareWebhookDeliveries.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        sender.Resume(webhookId);
        return TypedResults.Accepted($"/api/v1/workspaces/{workspaceId}/care/webhooks/{webhookId}/deliveries", CareWebhookDeliveryDto.From(copy));
    }

    /// <summary>Queues a <c>ping</c> event for this webhook alone, whatever events it chose.</summary>
    public async Task<IResult> SendTestAsync(Guid workspaceId, Guid webhookId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.CareWebhooks.AnyAsync(w => w.WorkspaceId == workspaceId && w.Id == webhookId, cancellationToken))
        {
            return ApiProblems.NotFound("The webhook");
        }

        var now = time.GetUtcNow();
        var eventId = CareWebhookOutbox.NewEventId();
        var payload = CareWebhookPayload.Build(eventId, CareEventTypes.Ping, now, workspaceId, null, new { webhookId });
        var delivery = CareWebhookOutbox.NewDelivery(workspaceId, webhookId, CareEventTypes.Ping, eventId, payload, now);
        db.CareWebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync(cancellationToken);
        sender.Resume(webhookId);
        return TypedResults.Accepted($"/api/v1/workspaces/{workspaceId}/care/webhooks/{webhookId}/deliveries", CareWebhookDeliveryDto.From(delivery));
    }

    private async Task<IResult?> ValidateAsync(CareWebhookInput input, bool partial, CancellationToken cancellationToken)
    {
        if (!partial || input.Url is not null)
        {
            if (await CheckUrlAsync(input.Url, cancellationToken) is { } message)
            {
                return ApiProblems.Invalid("url", message);
            }
        }

        if (input.Events?.FirstOrDefault(e => !CareEventTypes.IsKnown(e)) is { } unknown)
        {
            return ApiProblems.Invalid("events", $"'{unknown}' is not an event; choose from {string.Join(", ", CareEventTypes.All)} (none for all).");
        }

        return null;
    }

    /// <summary>Null when the address may receive events; otherwise why not.</summary>
    private async Task<string?> CheckUrlAsync(string? raw, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Trim().Length > 2000 || !Uri.TryCreate(raw.Trim(), UriKind.Absolute, out var url))
        {
            return "An absolute http or https address of at most 2000 characters is required, such as https://crm.example.com/pantau.";
        }

        try
        {
            SsrfGuard.CheckUrl(url);
            if (url.Fragment.Length > 0)
            {
                return "The address must not have a #fragment.";
            }

            // A name that does not resolve now may later: only a private address is refused here; delivery checks again.
            await _guard.ResolveAsync(url.Host, url.Port, cancellationToken);
        }
        catch (FeedFetchException e) when (e.Kind is FeedFetchErrorKind.Blocked or FeedFetchErrorKind.InvalidUrl)
        {
            return char.ToUpperInvariant(e.Message[0]) + e.Message[1..] + ".";
        }
        catch (Exception e) when (e is FeedFetchException or System.Net.Sockets.SocketException)
        {
        }

        return null;
    }

    private static string JoinEvents(IReadOnlyList<string>? events) =>
        events is null ? "" : string.Join(',', events.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
