using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Pantau.Connectors.Abstractions;
using Pantau.Connectors.Feeds;
using Pantau.Connectors.Feeds.Parsing;
using Pantau.Connectors.Feeds.WebSub;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Api;
using Pantau.Server.Sources;

namespace Pantau.Server.Feeds;

/// <summary>
/// The WebSub callback, <c>/websub/{subscription}</c>: a hub's GET verifies intent (or says it denied), its POST
/// distributes new content, which is stored like a polled feed's items before the hub is answered.
/// </summary>
public static class WebSubEndpoints
{
    public static void MapWebSubEndpoints(this IEndpointRouteBuilder app)
    {
        var callback = app.MapGroup("/websub").AllowAnonymous().ExcludeFromDescription();
        callback.MapGet("/{subscriptionId:guid}", VerifyAsync);
        callback.MapPost("/{subscriptionId:guid}", DeliverAsync).DisableAntiforgery();
    }

    private static async Task<IResult> VerifyAsync(
        Guid subscriptionId, HttpRequest request, IDbContextFactory<PantauDbContext> contexts, TimeProvider clock, ILogger<FeedSubscriptions> logger, CancellationToken ct)
    {
        if (WebSubVerification.From(key => request.Query[key].FirstOrDefault()) is not { } verification)
        {
            return TypedResults.BadRequest();
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var subscription = await db.FeedSubscriptions.FirstOrDefaultAsync(f => f.Id == subscriptionId, ct);
        if (subscription is null || verification.Topic != subscription.TopicUrl)
        {
            // Nobody here wants this topic: confirm an unsubscription, refuse anything else (WebSub §5.3.1).
            return verification.IsUnsubscribe ? TypedResults.Text(verification.Challenge!) : TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        if (verification.IsDenied)
        {
            subscription.State = FeedSubscriptionState.Failed;
            subscription.LastError = FeedSubscriptions.Truncate("The hub denied the subscription" + (verification.Reason is { Length: > 0 } reason ? ": " + reason : "."));
            await db.SaveChangesAsync(ct);
            logger.LogWarning("The hub denied the WebSub subscription of source {SourceId}: {Reason}", subscription.SourceId, verification.Reason);
            return TypedResults.Ok();
        }

        if (!verification.IsSubscribe)
        {
            return TypedResults.NotFound(); // an unsubscription Pantau did not ask for
        }

        subscription.State = FeedSubscriptionState.Active;
        subscription.VerifiedAt = now;
        subscription.ExpiresAt = now + (verification.Lease ?? WebSubHub.RequestedLease);
        subscription.LastError = null;
        await db.SaveChangesAsync(ct);
        return TypedResults.Text(verification.Challenge!, "text/plain");
    }

    private static async Task<IResult> DeliverAsync(
        Guid subscriptionId, HttpRequest request, IDbContextFactory<PantauDbContext> contexts, FeedSubscriptions subscriptions,
        IPostIngress ingress, TimeProvider clock, ILogger<FeedSubscriptions> logger, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var subscription = await db.FeedSubscriptions.FirstOrDefaultAsync(f => f.Id == subscriptionId, ct);
        var source = subscription is null ? null : await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == subscription.SourceId, ct);
        if (subscription is null || source is null || !source.Enabled)
        {
            return TypedResults.StatusCode(StatusCodes.Status410Gone); // ends the subscription at the hub
        }

        var body = await RequestBodies.ReadAsync(request, SourceEndpoints.MaxDeliveryBytes * 2, ct);
        if (body is null)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // WebSub §8: a delivery with a missing or wrong signature is acknowledged but ignored.
        if (!WebSubSignature.IsValid(request.Headers[WebSubSignature.Header], body, subscriptions.SecretOf(subscription)))
        {
            logger.LogWarning("Ignored a WebSub delivery for source {SourceId} with a missing or wrong {Header}", subscription.SourceId, WebSubSignature.Header);
            subscription.LastError = $"A delivery without a valid {WebSubSignature.Header} was ignored.";
            await db.SaveChangesAsync(ct);
            return TypedResults.Accepted((string?)null);
        }

        var now = clock.GetUtcNow();
        var topic = new Uri(subscription.TopicUrl);
        ParsedFeed feed;
        try
        {
            var charset = MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ? type.CharSet : null;
            feed = FeedParser.Parse(body, topic, charset);
        }
        catch (FeedParseException exception)
        {
            logger.LogWarning("A WebSub delivery for source {SourceId} could not be read: {Reason}", subscription.SourceId, exception.Message);
            subscription.LastError = FeedSubscriptions.Truncate("A delivery could not be read: " + exception.Message);
            await db.SaveChangesAsync(ct);
            return TypedResults.Accepted((string?)null);
        }

        var network = FeedSourceSettings.From(SourceDto.ReadSettings(source.SettingsJson)).Network;
        var posts = feed.Items
            .Select(item => FeedItemPosts.ToPost(item, feed, topic, network, now, item.Updated > item.Published ? item.Updated : null))
            .ToList();
        if (posts.Count > 0)
        {
            var ticket = await ingress.SubmitAsync(source.WorkspaceId, source.Id, posts, ct);
            await ticket.Stored.WaitAsync(ct); // a storage failure answers 500, and the hub delivers again
        }

        subscription.LastDeliveryAt = now;
        subscription.Deliveries++;
        subscription.LastError = null;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok();
    }
}
