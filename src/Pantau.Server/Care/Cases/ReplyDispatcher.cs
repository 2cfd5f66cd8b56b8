using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pantau.Connectors.Abstractions;
using Pantau.Core.Posts;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Care.Settings;
using Pantau.Server.Care.Webhooks;
using Pantau.Server.Hosting;
using Pantau.Server.Sources;

namespace Pantau.Server.Care.Cases;

/// <summary>
/// Sends queued replies through their source's connector. Each reply carries an idempotency key made from its
/// timeline id, so a retry after a lost answer never posts twice. A permanent refusal fails the reply at once (the
/// agent sees why and can edit or answer elsewhere); anything else is retried with growing waits (honouring the
/// source's Retry-After) up to <see cref="CareOptions.ReplyAttempts"/>. A sent reply is the case's response from the
/// moment the source took it.
/// </summary>
public sealed class ReplyDispatcher(
    IDbContextFactory<PantauDbContext> contexts,
    ConnectorRegistry connectors,
    SourceSecrets secrets,
    CarePolicies policies,
    CaseRefresher refresher,
    CareWebhookOutbox webhooks,
    ReplySignal signal,
    CaseFeed feed,
    CareConversations conversations,
    Readiness readiness,
    IOptions<CareOptions> options,
    TimeProvider clock,
    ILogger<ReplyDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WhenReady.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RunOnceAsync(stoppingToken) == BatchSize)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Sending replies failed; retrying shortly");
            }

            await signal.WaitAsync(TimeSpan.FromSeconds(2), clock, stoppingToken);
        }
    }

    /// <summary>Sends the replies that are due; returns how many it tried.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<long> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await db.CaseEntries.AsNoTracking()
                .Where(e => e.ReplyState == ReplyState.Queued && e.NextAttemptAt <= now)
                .OrderBy(e => e.NextAttemptAt)
                .Select(e => e.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
        }

        foreach (var id in due)
        {
            await SendAsync(id, cancellationToken);
        }

        return due.Count;
    }

    private async Task SendAsync(long entryId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entry = await db.CaseEntries.FirstAsync(e => e.Id == entryId, cancellationToken);
        if (entry.ReplyState != ReplyState.Queued)
        {
            return;
        }

        var @case = await db.Cases.FirstAsync(c => c.Id == entry.CaseId, cancellationToken);
        var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == @case.SourceId && s.WorkspaceId == @case.WorkspaceId, cancellationToken);
        var author = await db.Authors.AsNoTracking().FirstAsync(a => a.Id == @case.AuthorId, cancellationToken);
        var target = await db.CaseEntries.AsNoTracking()
            .Where(e => e.CaseId == @case.Id && e.Kind == CaseEntryKind.CustomerMessage && e.ExternalId != null && e.At <= entry.At)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => e.ExternalId)
            .FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        entry.Attempts++;
        try
        {
            if (source is null || connectors.Find(@case.SourceKind) is not IReplyConnector replier)
            {
                throw new ReplyRejectedException("The source was removed or can no longer send replies.", permanent: true);
            }

            var visibility = entry.Kind == CaseEntryKind.PrivateReply ? ReplyVisibility.Private : ReplyVisibility.Public;
            var request = new ReplyRequest(
                target ?? throw new ReplyRejectedException("The customer's message has no id to reply to.", permanent: true),
                @case.ThreadKey, entry.Text ?? "", visibility, IdempotencyKey(entry),
                new PostAuthor(author.Handle, author.DisplayName, author.Followers, author.Verified), @case.Language, @case.Network);
            var receipt = await replier.ReplyAsync(secrets.ContextFor(source), request, cancellationToken);
            entry.ReplyState = ReplyState.Sent;
            entry.ExternalId = receipt.ExternalId;
            conversations.Add(@case.WorkspaceId, receipt.ExternalId, author.Handle);
            entry.Url = receipt.Url;
            entry.Error = null;
            entry.NextAttemptAt = null;
            entry.At = receipt.SentAt;

            // A survey sent after resolving is not an answer to the customer.
            if (entry.DataJson != CaseReplies.SurveyMarker)
            {
                @case.FirstResponseAt ??= receipt.SentAt;
                @case.LastResponseAt = receipt.SentAt;

                // The customer waits again only if they wrote after the agent started this reply.
                @case.WaitingSince = await db.CaseEntries.AsNoTracking()
                    .Where(e => e.CaseId == @case.Id && e.Kind == CaseEntryKind.CustomerMessage && e.At > entry.At)
                    .MinAsync(e => (DateTimeOffset?)e.At, cancellationToken);
                await webhooks.EnqueueAsync(db, @case, CareEventTypes.Replied, new { entryId = entry.Id, externalId = receipt.ExternalId, visibility = visibility == ReplyVisibility.Private ? "private" : "public" }, cancellationToken);
            }

            logger.LogInformation("Sent reply {Entry} on case {Case} as {ExternalId}", entry.Id, @case.Number, receipt.ExternalId);
        }
        catch (ReplyRejectedException rejected) when (rejected.Permanent || entry.Attempts >= options.Value.ReplyAttempts)
        {
            entry.ReplyState = ReplyState.Failed;
            entry.Error = Truncate(rejected.Message);
            entry.NextAttemptAt = null;
            logger.LogWarning("Reply {Entry} on case {Case} failed: {Error}", entry.Id, @case.Number, rejected.Message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var retryAfter = (exception as ReplyRejectedException)?.RetryAfter;
            if (entry.Attempts >= options.Value.ReplyAttempts)
            {
                entry.ReplyState = ReplyState.Failed;
                entry.NextAttemptAt = null;
            }
            else
            {
                var backoff = options.Value.ReplyRetryDelay * Math.Pow(2, entry.Attempts - 1);
                entry.NextAttemptAt = now + (retryAfter > backoff ? retryAfter.Value : backoff);
            }

            entry.Error = Truncate(exception.Message);
            logger.LogWarning(exception, "Sending reply {Entry} on case {Case} failed (attempt {Attempt})", entry.Id, @case.Number, entry.Attempts);
        }

        @case.UpdatedAt = now;
        @case.Version++;
        await refresher.RefreshAsync(db, @case, await policies.ForWorkspaceAsync(@case.WorkspaceId, cancellationToken), now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        feed.Publish(new CaseChange(@case.WorkspaceId, @case.Id, @case.Number, CaseChangeKind.Updated));
        webhooks.Wake();
    }

    /// <summary>Stable for the life of the reply and unique across workspaces and sources.</summary>
    public static string IdempotencyKey(CaseEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return $"pantau-{entry.WorkspaceId:N}-{entry.Id}";
    }

    private static string Truncate(string message) => message.Length <= 1000 ? message : message[..1000];
}
