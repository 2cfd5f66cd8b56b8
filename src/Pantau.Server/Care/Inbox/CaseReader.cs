using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pantau.Core.Enrichment;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Care.Cases;
using Pantau.Server.Care.Settings;

namespace Pantau.Server.Care.Inbox;

/// <summary>Reads one case with its timeline (the conversation in order across the channel, and the audit of every action).</summary>
public sealed class CaseReader(IDbContextFactory<PantauDbContext> contexts, InboxQuery inbox, CaseReplies replies, CarePolicies policies)
{
    public const int MaxTimeline = 1000;

    public async Task<CaseDetail?> GetAsync(Guid workspaceId, long caseId, CareActor viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (await inbox.RowAsync(workspaceId, caseId, cancellationToken) is not { } row)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = await db.CaseEntries.AsNoTracking()
            .Where(e => e.CaseId == caseId && e.WorkspaceId == workspaceId)
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Take(MaxTimeline)
            .ToListAsync(cancellationToken);
        var mentionIds = entries.Where(e => e.MentionId != null).Select(e => e.MentionId!.Value).ToList();
        var mentions = await db.Mentions.AsNoTracking()
            .Where(m => m.WorkspaceId == workspaceId && mentionIds.Contains(m.Id))
            .Select(m => new { m.Id, m.Title, m.Text, m.Url, m.PublishedAt, m.Network, m.Author!.Handle, m.Author.DisplayName, m.Sentiment, m.Intent, m.Language, m.Risk })
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        var timeline = entries.Select(e => new TimelineItem(
            e.Id, KindName(e.Kind), e.At, e.ActorId, e.ActorName, e.Text, e.ReplyState is { } state ? StateName(state) : null, e.Error, e.Url, e.ExternalId,
            e.MentionId is { } id && mentions.TryGetValue(id, out var m)
                ? new TimelineMessage(m.Id, m.Title, m.Text, m.Url, m.PublishedAt, m.Network, m.Handle, m.DisplayName,
                    EnrichmentNames.Name(m.Sentiment), EnrichmentNames.Name(m.Intent), m.Language, EnrichmentNames.Names(m.Risk))
                : null,
            e.DataJson is { Length: > 0 } json ? JsonDocument.Parse(json).RootElement.Clone() : null)).ToList();
        var capabilities = await replies.CapabilitiesAsync(workspaceId, caseId, cancellationToken);
        var policy = await policies.ForWorkspaceAsync(workspaceId, cancellationToken);
        var options = new CaseReplyOptions(
            capabilities is not null && viewer.CanWork, capabilities?.Public ?? false, capabilities?.Private ?? false, capabilities?.MaxLength ?? 0,
            policy.ApprovalForRisk && row.Risk.Count > 0 && !viewer.CanApprove);
        return new CaseDetail(row, timeline, options);
    }

    public async Task<long?> IdOfNumberAsync(Guid workspaceId, int number, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Cases.AsNoTracking().Where(c => c.WorkspaceId == workspaceId && c.Number == number).Select(c => (long?)c.Id).FirstOrDefaultAsync(cancellationToken);
    }

    public static string KindName(CaseEntryKind kind) => kind switch
    {
        CaseEntryKind.CustomerMessage => "customer_message",
        CaseEntryKind.PublicReply => "public_reply",
        CaseEntryKind.PrivateReply => "private_reply",
        CaseEntryKind.InternalNote => "note",
        CaseEntryKind.AnsweredElsewhere => "answered_elsewhere",
        CaseEntryKind.StatusChanged => "status_changed",
        CaseEntryKind.Assigned => "assigned",
        CaseEntryKind.Tagged => "tagged",
        CaseEntryKind.Untagged => "untagged",
        CaseEntryKind.Corrected => "corrected",
        CaseEntryKind.ContactChanged => "contact_changed",
        CaseEntryKind.ApprovalRequested => "approval_requested",
        CaseEntryKind.ReplyApproved => "reply_approved",
        CaseEntryKind.ReplyRejected => "reply_rejected",
        CaseEntryKind.SlaWarning => "sla_warning",
        CaseEntryKind.SlaBreached => "sla_breached",
        CaseEntryKind.CsatSent => "csat_sent",
        CaseEntryKind.CsatAnswered => "csat_answered",
        _ => "other",
    };

    public static string StateName(ReplyState state) => state switch
    {
        ReplyState.AwaitingApproval => "awaiting_approval",
        ReplyState.Queued => "queued",
        ReplyState.Sent => "sent",
        ReplyState.Failed => "failed",
        ReplyState.Rejected => "rejected",
        _ => "unknown",
    };
}
