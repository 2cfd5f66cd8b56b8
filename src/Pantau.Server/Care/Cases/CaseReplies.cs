using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pantau.Connectors.Abstractions;
using Pantau.Core.Care;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Care.Csat;
using Pantau.Server.Care.Settings;
using Pantau.Server.Sources;

namespace Pantau.Server.Care.Cases;

/// <summary>
/// Writing to and about a customer: replies through the source (queued for the dispatcher, or held for a supervisor
/// when the case carries a risk signal), "answered elsewhere", and internal notes with @mentions.
/// </summary>
public sealed partial class CaseReplies(
    IDbContextFactory<PantauDbContext> contexts,
    ConnectorRegistry connectors,
    SourceSecrets secrets,
    CarePolicies policies,
    CaseRefresher refresher,
    ReplySignal signal,
    CaseFeed feed,
    TimeProvider clock)
{
    public const int MaxTextLength = 10_000;

    /// <summary>Marks the private message that carries a satisfaction survey: it is not a response to the customer.</summary>
    public const string SurveyMarker = "{\"survey\":true}";

    /// <summary>What the case's source can do with replies on its network; null when it cannot reply at all.</summary>
    public async Task<ReplyCapabilities?> CapabilitiesAsync(Guid workspaceId, long caseId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var @case = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.WorkspaceId == workspaceId && c.Id == caseId, cancellationToken);
        return @case is null ? null : await CapabilitiesAsync(db, @case, cancellationToken);
    }

    private async Task<ReplyCapabilities?> CapabilitiesAsync(PantauDbContext db, Case @case, CancellationToken cancellationToken)
    {
        if (connectors.Find(@case.SourceKind) is not IReplyConnector replier)
        {
            return null;
        }

        var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == @case.SourceId && s.WorkspaceId == @case.WorkspaceId, cancellationToken);
        return source is null ? null : replier.ReplyCapabilities(secrets.ContextFor(source), @case.Network);
    }

    public async Task<CaseOutcome> ReplyAsync(Guid workspaceId, long caseId, string? text, ReplyVisibility visibility, CareActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var body = text?.Trim() ?? "";
        if (body.Length == 0)
        {
            return CaseOutcome.Invalid("text", "Write the reply first.");
        }

        return await WithCaseAsync(workspaceId, caseId, actor, async (db, @case) =>
        {
            if (@case.Status == CaseStatus.Closed)
            {
                return CaseOutcome.Conflict("The case is closed.");
            }

            if (await CapabilitiesAsync(db, @case, cancellationToken) is not { } capabilities)
            {
                return CaseOutcome.Conflict("This source cannot send replies from Pantau. Answer where the customer wrote, then mark the case as answered elsewhere.");
            }

            if (!capabilities.Allows(visibility))
            {
                return CaseOutcome.Invalid("visibility", visibility == ReplyVisibility.Private
                    ? "This source cannot send private messages; reply in public."
                    : "This source cannot reply in public; send a private message.");
            }

            var length = CodePoints(body);
            if (length > capabilities.MaxLength || body.Length > MaxTextLength)
            {
                return CaseOutcome.Invalid("text", string.Create(CultureInfo.InvariantCulture, $"The reply is {length} characters; {@case.Network} takes at most {capabilities.MaxLength}."));
            }

            var policy = await policies.ForWorkspaceAsync(workspaceId, cancellationToken);
            var approval = policy.ApprovalForRisk && @case.Risk != Core.Enrichment.RiskSignals.None && !actor.CanApprove;
            var now = clock.GetUtcNow();
            var entry = new CaseEntry
            {
                CaseId = @case.Id,
                WorkspaceId = workspaceId,
                At = now,
                Kind = visibility == ReplyVisibility.Private ? CaseEntryKind.PrivateReply : CaseEntryKind.PublicReply,
                ActorId = actor.UserId,
                ActorName = actor.Name,
                Text = body,
                ReplyState = approval ? ReplyState.AwaitingApproval : ReplyState.Queued,
                NextAttemptAt = now,
            };
            db.CaseEntries.Add(entry);
            if (approval)
            {
                @case.AwaitingApproval = true;
                db.CaseEntries.Add(CaseCommands.ActionEntry(@case, CaseEntryKind.ApprovalRequested, null, actor, now));
            }

            Open(db, @case, actor, now);
            await db.SaveChangesAsync(cancellationToken);
            return CaseOutcome.Done(entry.Id);
        }, cancellationToken);
    }

    /// <summary>A supervisor approves (it is sent) or rejects (it never is) a reply held for approval.</summary>
    public async Task<CaseOutcome> ReviewAsync(Guid workspaceId, long entryId, bool approve, string? reason, CareActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var lookup = await contexts.CreateDbContextAsync(cancellationToken);
        var caseId = await lookup.CaseEntries.Where(e => e.WorkspaceId == workspaceId && e.Id == entryId).Select(e => (long?)e.CaseId).FirstOrDefaultAsync(cancellationToken);
        if (caseId is null)
        {
            return CaseOutcome.NotFound;
        }

        if (!actor.CanApprove)
        {
            return CaseOutcome.Forbidden("Only supervisors approve replies.");
        }

        return await WithCaseAsync(workspaceId, caseId.Value, actor, async (db, @case) =>
        {
            var entry = await db.CaseEntries.FirstAsync(e => e.Id == entryId, cancellationToken);
            if (entry.ReplyState != ReplyState.AwaitingApproval)
            {
                return CaseOutcome.Conflict("This reply is not waiting for approval.");
            }

            var now = clock.GetUtcNow();
            entry.ReplyState = approve ? ReplyState.Queued : ReplyState.Rejected;
            entry.NextAttemptAt = now;
            db.CaseEntries.Add(CaseCommands.ActionEntry(@case, approve ? CaseEntryKind.ReplyApproved : CaseEntryKind.ReplyRejected, reason?.Trim(), actor, now,
                JsonSerializer.Serialize(new ReviewData(entryId), CaseReviewJson.Default.ReviewData)));
            @case.AwaitingApproval = await db.CaseEntries.AnyAsync(e => e.CaseId == @case.Id && e.Id != entryId && e.ReplyState == ReplyState.AwaitingApproval, cancellationToken);
            return CaseOutcome.Done(entryId);
        }, cancellationToken);
    }

    /// <summary>Sends a failed reply again (same idempotency key: the source never posts it twice).</summary>
    public async Task<CaseOutcome> RetryAsync(Guid workspaceId, long entryId, CareActor actor, CancellationToken cancellationToken)
    {
        await using var lookup = await contexts.CreateDbContextAsync(cancellationToken);
        var caseId = await lookup.CaseEntries.Where(e => e.WorkspaceId == workspaceId && e.Id == entryId).Select(e => (long?)e.CaseId).FirstOrDefaultAsync(cancellationToken);
        return caseId is null ? CaseOutcome.NotFound : await WithCaseAsync(workspaceId, caseId.Value, actor, async (db, @case) =>
        {
            var entry = await db.CaseEntries.FirstAsync(e => e.Id == entryId, cancellationToken);
            if (entry.ReplyState != ReplyState.Failed)
            {
                return CaseOutcome.Conflict("Only a failed reply can be sent again.");
            }

            entry.ReplyState = ReplyState.Queued;
            entry.Attempts = 0;
            entry.Error = null;
            entry.NextAttemptAt = clock.GetUtcNow();
            return CaseOutcome.Done(entryId);
        }, cancellationToken);
    }

    /// <summary>The agent answered outside Pantau (phone, the network's own app): a response, with a note of how.</summary>
    public Task<CaseOutcome> AnsweredElsewhereAsync(Guid workspaceId, long caseId, string? note, CareActor actor, CancellationToken cancellationToken) =>
        WithCaseAsync(workspaceId, caseId, actor, (db, @case) =>
        {
            var now = clock.GetUtcNow();
            db.CaseEntries.Add(CaseCommands.ActionEntry(@case, CaseEntryKind.AnsweredElsewhere, Trim(note), actor, now));
            @case.FirstResponseAt ??= now;
            @case.LastResponseAt = now;
            @case.WaitingSince = null;
            Open(db, @case, actor, now);
            return Task.FromResult(CaseOutcome.Done());
        }, cancellationToken);

    /// <summary>A note only colleagues see; "@name" tells that colleague (first name, full name without spaces, or e-mail name).</summary>
    public async Task<CaseOutcome> NoteAsync(Guid workspaceId, long caseId, string? text, CareActor actor, CancellationToken cancellationToken)
    {
        var body = Trim(text);
        if (body is null)
        {
            return CaseOutcome.Invalid("text", "Write the note first.");
        }

        IReadOnlyList<Guid> mentioned = [];
        int number = 0;
        var outcome = await WithCaseAsync(workspaceId, caseId, actor, async (db, @case) =>
        {
            mentioned = await MentionedAsync(db, workspaceId, body, cancellationToken);
            number = @case.Number;
            var entry = CaseCommands.ActionEntry(@case, CaseEntryKind.InternalNote, body, actor, clock.GetUtcNow(),
                mentioned.Count > 0 ? JsonSerializer.Serialize(new NoteData(mentioned), CareJson.Default.NoteData) : null);
            db.CaseEntries.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            return CaseOutcome.Done(entry.Id);
        }, cancellationToken);
        if (outcome.Succeeded)
        {
            foreach (var user in mentioned.Where(u => u != actor.UserId))
            {
                feed.Publish(new CaseChange(workspaceId, caseId, number, CaseChangeKind.MentionedUser, user, actor.Name));
            }
        }

        return outcome;
    }

    /// <summary>
    /// Sends the satisfaction survey as a private message where the source can; otherwise the link stays on the
    /// timeline (the survey's entry) for the agent to share. The caller saves.
    /// </summary>
    public async Task QueueSurveyAsync(PantauDbContext db, Case @case, CsatInvite invite, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invite);
        if (invite.Url is null || await CapabilitiesAsync(db, @case, cancellationToken) is not { Private: true } capabilities || CodePoints(invite.Message) > capabilities.MaxLength)
        {
            return;
        }

        db.CaseEntries.Add(new CaseEntry
        {
            CaseId = @case.Id,
            WorkspaceId = @case.WorkspaceId,
            At = clock.GetUtcNow(),
            Kind = CaseEntryKind.PrivateReply,
            ActorName = CareActor.Pantau.Name,
            Text = invite.Message,
            DataJson = SurveyMarker,
            ReplyState = ReplyState.Queued,
            NextAttemptAt = clock.GetUtcNow(),
        });
        signal.Wake();
    }

    private Task<CaseOutcome> WithCaseAsync(Guid workspaceId, long caseId, CareActor actor, Func<PantauDbContext, Case, Task<CaseOutcome>> change, CancellationToken cancellationToken) =>
        CaseWork.RunAsync(contexts, policies, refresher, feed, clock, workspaceId, caseId, actor, change, () => signal.Wake(), cancellationToken);

    /// <summary>Working a new case opens it.</summary>
    private static void Open(PantauDbContext db, Case @case, CareActor actor, DateTimeOffset now)
    {
        if (@case.Status == CaseStatus.New)
        {
            @case.Status = CaseStatus.Open;
            db.CaseEntries.Add(CaseIntake.StatusEntry(@case, CaseStatus.New, CaseStatus.Open, now, null, actor));
        }
    }

    private static async Task<IReadOnlyList<Guid>> MentionedAsync(PantauDbContext db, Guid workspaceId, string text, CancellationToken cancellationToken)
    {
        var handles = MentionPattern().Matches(text).Select(m => m.Groups[1].Value.ToLowerInvariant()).ToHashSet();
        if (handles.Count == 0)
        {
            return [];
        }

        var members = await db.WorkspaceMembers.AsNoTracking().Where(m => m.WorkspaceId == workspaceId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, u.Email })
            .ToListAsync(cancellationToken);
        return [.. members.Where(m => HandlesOf(m.DisplayName, m.Email).Any(handles.Contains)).Select(m => m.Id)];
    }

    internal static IEnumerable<string> HandlesOf(string? displayName, string? email)
    {
        if (!string.IsNullOrWhiteSpace(displayName))
        {
            var words = displayName.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            yield return words[0];
            yield return string.Concat(words);
        }

        if (email?.IndexOf('@', StringComparison.Ordinal) is > 0 and var at)
        {
            yield return email[..at].ToLowerInvariant();
        }
    }

    private static string? Trim(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length <= MaxTextLength ? trimmed : trimmed[..MaxTextLength];
    }

    internal static int CodePoints(string text) => text.EnumerateRunes().Count();

    [GeneratedRegex(@"(?<![\w@])@([\p{L}\p{N}._-]{2,64})")]
    private static partial Regex MentionPattern();
}

public sealed record ReviewData(long ReplyEntryId);

[System.Text.Json.Serialization.JsonSerializable(typeof(ReviewData))]
internal sealed partial class CaseReviewJson : System.Text.Json.Serialization.JsonSerializerContext;
