using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pantau.Core.Care;
using Pantau.Core.Enrichment;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Care.Settings;
using Pantau.Server.Care.Webhooks;
using Pantau.Server.Hosting;

namespace Pantau.Server.Care.Cases;

/// <summary>
/// Turns stored mentions into care work. It reads mentions in id order after its cursor and, in the same transaction
/// as the cases it writes, moves the cursor: a crash re-reads at most one batch, and never makes a case twice.
/// <list type="bullet">
/// <item>Spam never makes or joins a case.</item>
/// <item>A follow-up joins the customer's open case: a reply to one of the case's messages or to an agent's reply, the
/// same conversation, or the same account writing again within the workspace's window. A resolved case reopens, except
/// for a plain thank-you (praise that is not negative), which joins without reopening.</item>
/// <item>Otherwise a complaint, a question (each as the workspace chooses) or any risk signal opens a new case,
/// routed by the rules.</item>
/// </list>
/// </summary>
public sealed class CaseIntake(
    IDbContextFactory<PantauDbContext> contexts,
    CaseIntakeSignal signal,
    CarePolicies policies,
    CaseAssignment assignment,
    CaseRefresher refresher,
    CareWebhookOutbox webhooks,
    CaseFeed feed,
    CareConversations conversations,
    Readiness readiness,
    IOptions<CareOptions> options,
    TimeProvider clock,
    ILogger<CaseIntake> logger) : BackgroundService
{
    public const string CursorName = "case-intake";

    /// <summary>On first start over an existing database, mentions older than this are history, not a queue to work.</summary>
    public static readonly TimeSpan FirstStartLookBack = TimeSpan.FromDays(1);

    private const int ExcerptLength = 280;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WhenReady.WaitAsync(stoppingToken);
        await conversations.LoadAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RunOnceAsync(stoppingToken) >= options.Value.IntakeBatchSize)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "The case intake failed; it retries from its cursor");
                await Task.Delay(TimeSpan.FromSeconds(2), clock, stoppingToken);
            }

            await signal.WaitAsync(TimeSpan.FromSeconds(5), clock, stoppingToken);
        }
    }

    /// <summary>
    /// Reads one batch of new mentions; returns how many it read. Each case change commits in its own short
    /// transaction together with the cursor at its mention (SQLite has one writer: a long transaction would hold up the
    /// pipeline and every agent), and mentions that need nothing are passed over by one cursor move at the end.
    /// </summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        List<IncomingMessage> batch;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var cursor = await CursorAsync(db, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            batch = await Incoming(db.Mentions.AsNoTracking().Where(m => m.Id > cursor.Position).OrderBy(m => m.Id).Take(options.Value.IntakeBatchSize))
                .ToListAsync(cancellationToken);
        }

        if (batch.Count == 0)
        {
            return 0;
        }

        var touched = false;
        foreach (var message in batch)
        {
            if (message.IsSpam)
            {
                continue;
            }

            var policy = await policies.ForWorkspaceAsync(message.WorkspaceId, cancellationToken);

            // Most mentions need no care and continue no case: decided by reads alone, without taking the write lock
            // (in a context of its own, so the transaction below reads the case afresh).
            if (!NeedsCare(message, policy))
            {
                await using var probe = await contexts.CreateDbContextAsync(cancellationToken);
                if (await FindConversationAsync(probe, message, policy, cancellationToken) is null)
                {
                    continue;
                }
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await TakeAsync(db, message, policy, cancellationToken) is not { } change)
            {
                continue;
            }

            await MoveCursorAsync(db, message.Id, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            touched = true;
            feed.Publish(change);
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await MoveCursorAsync(db, batch[^1].Id, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (touched)
        {
            webhooks.Wake();
        }

        return batch.Count;
    }

    /// <summary>What the intake reads of mentions (also used to open a case by hand).</summary>
    public static IQueryable<IncomingMessage> Incoming(IQueryable<Mention> mentions) =>
        mentions.Select(m => new IncomingMessage(
            m.Id, m.WorkspaceId, m.SourceId, m.SourceKind, m.ExternalId, m.Network, m.AuthorId, m.Author!.Handle, m.Text, m.Title,
            m.PublishedAt, m.IngestedAt, m.Language, m.InReplyTo, m.ConversationId, m.Sentiment, m.Intent, m.IsSpam, m.Risk,
            m.Reach, m.Impact, m.Topics.Select(t => t.TopicId).ToList()));

    private async Task MoveCursorAsync(PantauDbContext db, long position, CancellationToken cancellationToken)
    {
        var cursor = await db.ProcessingCursors.FirstAsync(c => c.Name == CursorName, cancellationToken);
        if (position > cursor.Position)
        {
            cursor.Position = position;
            cursor.UpdatedAt = clock.GetUtcNow();
        }
    }

    private async Task<ProcessingCursor> CursorAsync(PantauDbContext db, CancellationToken cancellationToken)
    {
        if (await db.ProcessingCursors.FirstOrDefaultAsync(c => c.Name == CursorName, cancellationToken) is { } cursor)
        {
            return cursor;
        }

        var historyEnds = clock.GetUtcNow() - FirstStartLookBack;
        var start = await db.Mentions.Where(m => m.IngestedAt < historyEnds).MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0;
        cursor = new ProcessingCursor { Name = CursorName, Position = start, UpdatedAt = clock.GetUtcNow() };
        db.ProcessingCursors.Add(cursor);
        return cursor;
    }

    private async Task<CaseChange?> TakeAsync(PantauDbContext db, IncomingMessage message, CarePolicy policy, CancellationToken cancellationToken)
    {
        if (await FindConversationAsync(db, message, policy, cancellationToken) is { } open)
        {
            await JoinAsync(db, open, message, policy, cancellationToken);
            return new CaseChange(open.WorkspaceId, open.Id, open.Number, CaseChangeKind.Updated);
        }

        if (!NeedsCare(message, policy))
        {
            return null;
        }

        var created = await OpenAsync(db, message, policy, CareActor.Pantau, cancellationToken);
        return new CaseChange(created.WorkspaceId, created.Id, created.Number, CaseChangeKind.Created);
    }

    public static bool NeedsCare(IncomingMessage message, CarePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(policy);
        return !message.IsSpam && (message.Risk != RiskSignals.None
            || (message.Intent == Intent.Complaint && policy.CasesForComplaints)
            || (message.Intent == Intent.Question && policy.CasesForQuestions));
    }

    /// <summary>The customer's case this message continues, if any (closed cases never continue).</summary>
    private static async Task<Case?> FindConversationAsync(PantauDbContext db, IncomingMessage message, CarePolicy policy, CancellationToken cancellationToken)
    {
        var candidates = await db.Cases
            .Where(c => c.WorkspaceId == message.WorkspaceId && c.AuthorId == message.AuthorId && c.Status != CaseStatus.Closed)
            .OrderByDescending(c => c.LastCustomerMessageAt)
            .Take(5)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return null;
        }

        if (message.InReplyTo is { } parent)
        {
            var parentCases = await db.CaseEntries.AsNoTracking()
                .Where(e => e.WorkspaceId == message.WorkspaceId && e.ExternalId == parent)
                .Select(e => e.CaseId)
                .Union(db.Mentions.AsNoTracking()
                    .Where(m => m.WorkspaceId == message.WorkspaceId && m.SourceKind == message.SourceKind && m.ExternalId == parent)
                    .Join(db.CaseEntries, m => (long?)m.Id, e => e.MentionId, (m, e) => e.CaseId))
                .ToListAsync(cancellationToken);
            if (candidates.FirstOrDefault(c => parentCases.Contains(c.Id)) is { } replied)
            {
                return replied;
            }
        }

        var thread = ThreadKeyOf(message);
        if (thread is not null && candidates.FirstOrDefault(c => c.ThreadKey == thread) is { } sameThread)
        {
            return sameThread;
        }

        var window = policy.SameAuthorWindow;
        return candidates.FirstOrDefault(c => c.Status != CaseStatus.Resolved && message.IngestedAt - c.LastCustomerMessageAt <= window);
    }

    private static string? ThreadKeyOf(IncomingMessage message) =>
        message.ConversationId is { Length: > 0 } conversation ? $"{message.Network}:{conversation}" : null;

    private async Task JoinAsync(PantauDbContext db, Case @case, IncomingMessage message, CarePolicy policy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var at = message.IngestedAt;
        db.CaseEntries.Add(CustomerEntry(@case, message));
        @case.LastMentionId = message.Id;
        @case.LastCustomerMessageAt = at;
        @case.Sentiment = message.Sentiment;
        @case.Intent = message.Intent;
        @case.Risk |= message.Risk;
        @case.Impact = Math.Max(@case.Impact, message.Impact);
        @case.Reach = Math.Max(@case.Reach, message.Reach);
        await AddTopicsAsync(db, @case, message.TopicIds, cancellationToken);

        var thanks = message.Intent == Intent.Praise && message.Sentiment != Sentiment.Negative && message.Risk == RiskSignals.None;
        if (@case.Status == CaseStatus.Resolved && thanks)
        {
            // A thank-you after the fix is part of the conversation, not new work.
        }
        else
        {
            @case.WaitingSince ??= message.PublishedAt < at ? message.PublishedAt : at;
            if (@case.Status is CaseStatus.Pending or CaseStatus.Resolved)
            {
                var from = @case.Status;
                @case.Status = CaseStatus.Open;
                @case.ResolvedAt = null;
                db.CaseEntries.Add(StatusEntry(@case, from, CaseStatus.Open, at, CaseSla.CustomerCause));
                if (from == CaseStatus.Resolved)
                {
                    await webhooks.EnqueueAsync(db, @case, CareEventTypes.Reopened, null, cancellationToken);
                }
            }
        }

        @case.UpdatedAt = now;
        @case.Version++;
        await refresher.RefreshAsync(db, @case, policy, now, cancellationToken);
    }

    /// <summary>Opens a case for a message (the intake, or an agent opening one by hand); the caller saves.</summary>
    public async Task<Case> OpenAsync(PantauDbContext db, IncomingMessage message, CarePolicy policy, CareActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(policy);
        var now = clock.GetUtcNow();
        var workspace = await db.Workspaces.FirstAsync(w => w.Id == message.WorkspaceId, cancellationToken);
        var author = await db.Authors.FirstAsync(a => a.Id == message.AuthorId, cancellationToken);
        if (author.ContactId is null)
        {
            var contact = new Contact
            {
                WorkspaceId = message.WorkspaceId,
                DisplayName = string.IsNullOrWhiteSpace(author.DisplayName) ? author.Handle : author.DisplayName,
                Email = author.Email,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Contacts.Add(contact);
            await db.SaveChangesAsync(cancellationToken);
            author.ContactId = contact.Id;
        }

        var @case = new Case
        {
            WorkspaceId = message.WorkspaceId,
            Number = workspace.NextCaseNumber++,
            Status = CaseStatus.New,
            AuthorId = message.AuthorId,
            ContactId = author.ContactId,
            SourceId = message.SourceId,
            SourceKind = message.SourceKind,
            Network = message.Network,
            ThreadKey = ThreadKeyOf(message) ?? $"{message.Network}:{message.InReplyTo ?? message.ExternalId}",
            FirstMentionId = message.Id,
            LastMentionId = message.Id,
            Excerpt = Excerpt(message.Title is { Length: > 0 } title ? $"{title} — {message.Text}" : message.Text),
            Language = message.Language,
            Sentiment = message.Sentiment,
            Intent = message.Intent,
            Risk = message.Risk,
            Reach = message.Reach,
            Impact = message.Impact,
            CreatedAt = now,
            UpdatedAt = now,
            FirstMessageAt = message.PublishedAt,
            LastCustomerMessageAt = message.IngestedAt,
            WaitingSince = message.PublishedAt < message.IngestedAt ? message.PublishedAt : message.IngestedAt,
        };
        db.Cases.Add(@case);
        await db.SaveChangesAsync(cancellationToken);
        db.CaseEntries.Add(CustomerEntry(@case, message));
        if (actor.UserId is not null)
        {
            db.CaseEntries.Add(new CaseEntry
            {
                CaseId = @case.Id, WorkspaceId = @case.WorkspaceId, At = now, Kind = CaseEntryKind.StatusChanged,
                ActorId = actor.UserId, ActorName = actor.Name, Text = "new",
                DataJson = JsonSerializer.Serialize(new StatusChangeData("none", "new", "opened by hand"), CareJson.Default.StatusChangeData),
            });
        }

        await AddTopicsAsync(db, @case, message.TopicIds, cancellationToken);
        if (policy.AutoAssign)
        {
            await assignment.RouteAsync(db, @case, policy, new RoutingCase(message.TopicIds, message.Language, message.SourceId, $"{message.Title} {message.Text}"), cancellationToken);
        }

        await refresher.RefreshAsync(db, @case, policy, now, cancellationToken);
        await webhooks.EnqueueAsync(db, @case, CareEventTypes.Created, null, cancellationToken);
        if (@case.AssigneeId is not null)
        {
            await webhooks.EnqueueAsync(db, @case, CareEventTypes.Assigned, new { assigneeId = @case.AssigneeId }, cancellationToken);
        }

        return @case;
    }

    private static async Task AddTopicsAsync(PantauDbContext db, Case @case, IReadOnlyList<Guid> topicIds, CancellationToken cancellationToken)
    {
        var known = await db.CaseTopics.Where(t => t.CaseId == @case.Id).Select(t => t.TopicId).ToListAsync(cancellationToken);
        foreach (var topic in topicIds.Except(known))
        {
            db.CaseTopics.Add(new CaseTopic { CaseId = @case.Id, TopicId = topic, WorkspaceId = @case.WorkspaceId });
        }
    }

    private CaseEntry CustomerEntry(Case @case, IncomingMessage message)
    {
        conversations.Add(@case.WorkspaceId, message.ExternalId, message.AuthorHandle);
        return NewCustomerEntry(@case, message);
    }

    private static CaseEntry NewCustomerEntry(Case @case, IncomingMessage message) => new()
    {
        CaseId = @case.Id,
        WorkspaceId = @case.WorkspaceId,
        At = message.IngestedAt,
        Kind = CaseEntryKind.CustomerMessage,
        MentionId = message.Id,
        ExternalId = message.ExternalId,
    };

    internal static CaseEntry StatusEntry(Case @case, CaseStatus from, CaseStatus to, DateTimeOffset at, string? cause, CareActor? actor = null) => new()
    {
        CaseId = @case.Id,
        WorkspaceId = @case.WorkspaceId,
        At = at,
        Kind = CaseEntryKind.StatusChanged,
        ActorId = actor?.UserId,
        ActorName = actor?.Name,
        Text = CaseStatusNames.Of(to),
        DataJson = JsonSerializer.Serialize(new StatusChangeData(CaseStatusNames.Of(from), CaseStatusNames.Of(to), cause), CareJson.Default.StatusChangeData),
    };

    private static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= ExcerptLength ? flat : string.Concat(flat.AsSpan(0, ExcerptLength - 1), "…");
    }
}

/// <summary>What the intake needs of a stored mention.</summary>
public sealed record IncomingMessage(
    long Id, Guid WorkspaceId, Guid SourceId, string SourceKind, string ExternalId, string Network, long AuthorId, string AuthorHandle,
    string Text, string? Title, DateTimeOffset PublishedAt, DateTimeOffset IngestedAt, string? Language, string? InReplyTo,
    string? ConversationId, Sentiment Sentiment, Intent Intent, bool IsSpam, RiskSignals Risk, long Reach, double Impact,
    IReadOnlyList<Guid> TopicIds);
