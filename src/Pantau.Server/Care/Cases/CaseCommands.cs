using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pantau.Core.Care;
using Pantau.Core.Enrichment;
using Pantau.Data;
using Pantau.Data.Corrections;
using Pantau.Data.Entities;
using Pantau.Server.Care.Csat;
using Pantau.Server.Care.Settings;
using Pantau.Server.Care.Webhooks;

namespace Pantau.Server.Care.Cases;

/// <summary>
/// What agents do to a case besides writing: assign, change status, tag, correct, open one from a mention, bulk
/// actions. Each command checks the role, writes its timeline line (the audit trail), refreshes SLA and priority,
/// queues the webhooks in the same transaction, and announces the change to open inboxes.
/// </summary>
public sealed class CaseCommands(
    IDbContextFactory<PantauDbContext> contexts,
    CarePolicies policies,
    CaseAssignment assignment,
    CaseRefresher refresher,
    CaseIntake intake,
    CareWebhookOutbox webhooks,
    CsatSurveys surveys,
    CaseReplies replies,
    CaseFeed feed,
    TimeProvider clock)
{
    public const int MaxTags = 20;

    public Task<CaseOutcome> AssignAsync(Guid workspaceId, long caseId, Guid? agentId, Guid? teamId, CareActor actor, CancellationToken cancellationToken) =>
        WithCaseAsync(workspaceId, caseId, actor, async (db, @case) =>
        {
            if (agentId is { } agent && !await db.WorkspaceMembers.AnyAsync(m => m.WorkspaceId == workspaceId && m.UserId == agent && m.Role >= WorkspaceRole.Agent, cancellationToken))
            {
                return CaseOutcome.Invalid("agentId", "The assignee must be an agent of this workspace.");
            }

            if (teamId is { } team && !await db.Teams.AnyAsync(t => t.WorkspaceId == workspaceId && t.Id == team, cancellationToken))
            {
                return CaseOutcome.Invalid("teamId", "The team does not exist in this workspace.");
            }

            // An agent may take a case or hand back their own; giving cases to others is a supervisor's call.
            if (!actor.CanApprove && agentId != actor.UserId && !(agentId is null && @case.AssigneeId == actor.UserId))
            {
                return CaseOutcome.Forbidden("Only supervisors assign cases to someone else.");
            }

            if (await assignment.AssignAsync(db, @case, agentId, teamId ?? @case.TeamId, actor, null, cancellationToken))
            {
                await webhooks.EnqueueAsync(db, @case, CareEventTypes.Assigned, new { assigneeId = agentId, teamId }, cancellationToken);
            }

            return CaseOutcome.Done();
        }, cancellationToken);

    public Task<CaseOutcome> ChangeStatusAsync(Guid workspaceId, long caseId, CaseStatus status, CareActor actor, CancellationToken cancellationToken) =>
        WithCaseAsync(workspaceId, caseId, actor, (db, @case) => SetStatusAsync(db, @case, status, actor, cancellationToken), cancellationToken);

    private async Task<CaseOutcome> SetStatusAsync(PantauDbContext db, Case @case, CaseStatus status, CareActor actor, CancellationToken cancellationToken)
    {
        if (@case.Status == status)
        {
            return CaseOutcome.Done();
        }

        if (@case.Status == CaseStatus.Closed)
        {
            return CaseOutcome.Conflict("A closed case stays closed; a new message from the customer opens a new case.");
        }

        if (status == CaseStatus.New)
        {
            return CaseOutcome.Invalid("status", "A case cannot go back to new.");
        }

        var now = clock.GetUtcNow();
        var from = @case.Status;
        @case.Status = status;
        db.CaseEntries.Add(CaseIntake.StatusEntry(@case, from, status, now, null, actor));
        switch (status)
        {
            case CaseStatus.Resolved:
                @case.ResolvedAt = now;
                @case.WaitingSince = null;
                await webhooks.EnqueueAsync(db, @case, CareEventTypes.Resolved, null, cancellationToken);
                if ((await policies.ForWorkspaceAsync(@case.WorkspaceId, cancellationToken)).CsatEnabled)
                {
                    var invite = await surveys.CreateAsync(db, @case, @case.AssigneeId ?? actor.UserId, cancellationToken);
                    await replies.QueueSurveyAsync(db, @case, invite, cancellationToken);
                }
                break;
            case CaseStatus.Closed:
                @case.ClosedAt = now;
                @case.ResolvedAt ??= now;
                @case.WaitingSince = null;
                break;
            case CaseStatus.Open when from == CaseStatus.Resolved:
                @case.ResolvedAt = null;
                await webhooks.EnqueueAsync(db, @case, CareEventTypes.Reopened, null, cancellationToken);
                break;
        }

        await webhooks.EnqueueAsync(db, @case, CareEventTypes.StatusChanged, new { from = CaseStatusNames.Of(from), to = CaseStatusNames.Of(status) }, cancellationToken);
        return CaseOutcome.Done();
    }

    public Task<CaseOutcome> TagAsync(Guid workspaceId, long caseId, IReadOnlyList<string> add, IReadOnlyList<string> remove, CareActor actor, CancellationToken cancellationToken) =>
        WithCaseAsync(workspaceId, caseId, actor, async (db, @case) =>
        {
            var tags = await db.CaseTags.Where(t => t.CaseId == @case.Id).ToListAsync(cancellationToken);
            var now = clock.GetUtcNow();
            foreach (var raw in add)
            {
                if (NormaliseTag(raw) is not { } tag)
                {
                    return CaseOutcome.Invalid("add", "A tag is 1 to 64 letters, digits, '-' or '_'.");
                }

                if (tags.All(t => t.Tag != tag))
                {
                    if (tags.Count >= MaxTags)
                    {
                        return CaseOutcome.Invalid("add", $"A case has at most {MaxTags} tags.");
                    }

                    var row = new CaseTag { CaseId = @case.Id, Tag = tag, WorkspaceId = workspaceId };
                    tags.Add(row);
                    db.CaseTags.Add(row);
                    db.CaseEntries.Add(ActionEntry(@case, CaseEntryKind.Tagged, tag, actor, now));
                }
            }

            foreach (var raw in remove)
            {
                if (NormaliseTag(raw) is { } tag && tags.FirstOrDefault(t => t.Tag == tag) is { } row)
                {
                    tags.Remove(row);
                    db.CaseTags.Remove(row);
                    db.CaseEntries.Add(ActionEntry(@case, CaseEntryKind.Untagged, tag, actor, now));
                }
            }

            return CaseOutcome.Done();
        }, cancellationToken);

    /// <summary>Corrects the sentiment or intent of the case's latest customer message (and so the case's).</summary>
    public Task<CaseOutcome> CorrectAsync(Guid workspaceId, long caseId, Sentiment? sentiment, Intent? intent, CareActor actor, CancellationToken cancellationToken) =>
        WithCaseAsync(workspaceId, caseId, actor, async (db, @case) =>
        {
            if (sentiment is null && intent is null)
            {
                return CaseOutcome.Invalid("body", "Give a sentiment or an intent.");
            }

            var result = await CorrectionWriter.ApplyAsync(db, workspaceId, @case.LastMentionId, new EnrichmentCorrection(sentiment, intent), new Corrector(actor.UserId, actor.Name), clock.GetUtcNow(), cancellationToken);
            foreach (var row in result.Written)
            {
                db.CaseEntries.Add(ActionEntry(@case, CaseEntryKind.Corrected, $"{row.Field}: {row.FromValue} → {row.ToValue}", actor, clock.GetUtcNow(),
                    JsonSerializer.Serialize(new CorrectionData(row.Field, row.FromValue, row.ToValue), CareJson.Default.CorrectionData)));
            }

            @case.Sentiment = sentiment ?? @case.Sentiment;
            @case.Intent = intent ?? @case.Intent;
            return CaseOutcome.Done();
        }, cancellationToken);

    /// <summary>Marks the case's messages as spam (a correction the models learn from) and closes it.</summary>
    public Task<CaseOutcome> MarkSpamAsync(Guid workspaceId, long caseId, CareActor actor, CancellationToken cancellationToken) =>
        WithCaseAsync(workspaceId, caseId, actor, async (db, @case) =>
        {
            var mentions = await db.CaseEntries.Where(e => e.CaseId == @case.Id && e.MentionId != null).Select(e => e.MentionId!.Value).ToListAsync(cancellationToken);
            foreach (var mention in mentions)
            {
                await CorrectionWriter.ApplyAsync(db, workspaceId, mention, new EnrichmentCorrection(IsSpam: true), new Corrector(actor.UserId, actor.Name), clock.GetUtcNow(), cancellationToken);
            }

            db.CaseEntries.Add(ActionEntry(@case, CaseEntryKind.Corrected, "spam: false → true", actor, clock.GetUtcNow(),
                JsonSerializer.Serialize(new CorrectionData("spam", "false", "true"), CareJson.Default.CorrectionData)));
            return await SetStatusAsync(db, @case, CaseStatus.Closed, actor, cancellationToken);
        }, cancellationToken);

    /// <summary>Opens a case for a mention by hand (anything an agent decides needs care); an existing case of it is returned.</summary>
    public async Task<(CaseOutcome Outcome, int? Number)> OpenFromMentionAsync(Guid workspaceId, long mentionId, CareActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.CanWork)
        {
            return (CaseOutcome.Forbidden("Viewers cannot open cases."), null);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.CaseEntries.Where(e => e.WorkspaceId == workspaceId && e.MentionId == mentionId)
            .Join(db.Cases, e => e.CaseId, c => c.Id, (e, c) => (int?)c.Number).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return (CaseOutcome.Done(), existing);
        }

        var message = await CaseIntake.Incoming(db.Mentions.AsNoTracking().Where(m => m.WorkspaceId == workspaceId && m.Id == mentionId))
            .FirstOrDefaultAsync(cancellationToken);
        if (message is null)
        {
            return (CaseOutcome.NotFound, null);
        }

        var policy = await policies.ForWorkspaceAsync(workspaceId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var @case = await intake.OpenAsync(db, message, policy, actor, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        feed.Publish(new CaseChange(workspaceId, @case.Id, @case.Number, CaseChangeKind.Created));
        webhooks.Wake();
        return (CaseOutcome.Done(), @case.Number);
    }

    /// <summary>One action on many cases; each case succeeds or fails on its own, and the outcomes say which.</summary>
    public async Task<IReadOnlyDictionary<long, CaseOutcome>> BulkAsync(Guid workspaceId, IReadOnlyList<long> caseIds, BulkCaseAction action, CareActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caseIds);
        ArgumentNullException.ThrowIfNull(action);
        var outcomes = new Dictionary<long, CaseOutcome>();
        foreach (var id in caseIds.Distinct().Take(500))
        {
            outcomes[id] = action.Kind switch
            {
                BulkActionKind.Assign => await AssignAsync(workspaceId, id, action.AgentId, action.TeamId, actor, cancellationToken),
                BulkActionKind.Tag => await TagAsync(workspaceId, id, action.Tags ?? [], [], actor, cancellationToken),
                BulkActionKind.Resolve => await ChangeStatusAsync(workspaceId, id, CaseStatus.Resolved, actor, cancellationToken),
                BulkActionKind.Spam => await MarkSpamAsync(workspaceId, id, actor, cancellationToken),
                _ => CaseOutcome.Invalid("action", "Unknown action."),
            };
        }

        return outcomes;
    }

    private Task<CaseOutcome> WithCaseAsync(Guid workspaceId, long caseId, CareActor actor, Func<PantauDbContext, Case, Task<CaseOutcome>> change, CancellationToken cancellationToken) =>
        CaseWork.RunAsync(contexts, policies, refresher, feed, clock, workspaceId, caseId, actor, change, webhooks.Wake, cancellationToken);

    internal static CaseEntry ActionEntry(Case @case, CaseEntryKind kind, string? text, CareActor actor, DateTimeOffset at, string? data = null) => new()
    {
        CaseId = @case.Id,
        WorkspaceId = @case.WorkspaceId,
        At = at,
        Kind = kind,
        ActorId = actor.UserId,
        ActorName = actor.Name,
        Text = text,
        DataJson = data,
    };

    public static string? NormaliseTag(string? raw)
    {
        var tag = raw?.Trim().TrimStart('#').ToLowerInvariant();
        return tag is { Length: > 0 and <= 64 } && tag.All(c => char.IsLetterOrDigit(c) || c is '-' or '_') ? tag : null;
    }
}

public enum BulkActionKind
{
    Assign,
    Tag,
    Resolve,
    Spam,
}

public sealed record BulkCaseAction(BulkActionKind Kind, Guid? AgentId = null, Guid? TeamId = null, IReadOnlyList<string>? Tags = null);
