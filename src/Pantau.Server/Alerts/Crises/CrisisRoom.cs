using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Accounts;

namespace Pantau.Server.Alerts.Crises;

/// <summary>The answer to a crisis command: done, or what was wrong.</summary>
public sealed record CrisisOutcome(bool Succeeded, int Status, string? Field = null, string? Message = null, Guid? Id = null, int? Number = null)
{
    public static CrisisOutcome Done(Guid? id = null, int? number = null) => new(true, 200, Id: id, Number: number);
    public static CrisisOutcome NotFound(string what) => new(false, 404, Message: what);
    public static CrisisOutcome Invalid(string field, string message) => new(false, 400, field, message);
    public static CrisisOutcome Conflict(string field, string message) => new(false, 409, field, message);
}

public sealed record OpenCrisisInput(string? Title, Guid? AlertId, long? StoryId, IReadOnlyList<Guid>? TopicIds, Guid? OwnerId);

/// <summary>
/// Everything done in a crisis room, each step written to the room's log with who and when: opening it (from an alert or a
/// story), the owner, the holding statement (draft, approval, publication), notes, linked cases, resolving it.
/// </summary>
public sealed class CrisisRoom(IDbContextFactory<PantauDbContext> contexts, AlertFeed feed, TimeProvider clock)
{
    public const int MaxStatementLength = 10_000;
    public const int MaxNoteLength = 5_000;

    public async Task<CrisisOutcome> OpenAsync(Guid workspaceId, OpenCrisisInput input, Caller by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(by);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var topics = new List<Guid>(input.TopicIds ?? []);
        string? title = input.Title?.Trim();
        long? storyId = input.StoryId;
        DateTimeOffset? firstPost = null;
        Alert? alert = null;

        if (input.AlertId is { } alertId)
        {
            alert = await db.Alerts.FirstOrDefaultAsync(a => a.Id == alertId && a.WorkspaceId == workspaceId, cancellationToken);
            if (alert is null)
            {
                return CrisisOutcome.NotFound("The alert");
            }

            if (alert.CrisisId is { } existing)
            {
                return CrisisOutcome.Conflict("alertId", $"The alert is already handled in crisis {existing}.");
            }

            title ??= AlertTitle.From(alert.FactsJson, alert.Title)?.Indonesian ?? alert.Title;
            storyId ??= alert.StoryId;
            if (alert.TopicId is { } topic && !topics.Contains(topic))
            {
                topics.Add(topic);
            }

            var mentionIds = db.AlertMentions.Where(m => m.AlertId == alertId).Select(m => m.MentionId);
            firstPost = await db.Mentions.Where(m => mentionIds.Contains(m.Id)).MinAsync(m => (DateTimeOffset?)m.PublishedAt, cancellationToken);
        }

        if (storyId is { } sid)
        {
            var story = await db.Stories.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sid && s.WorkspaceId == workspaceId, cancellationToken);
            if (story is null)
            {
                return CrisisOutcome.NotFound("The story");
            }

            title ??= story.Headline;
            var first = await db.Mentions.AsNoTracking().Where(m => m.Id == sid).Select(m => new { m.PublishedAt, Topics = m.Topics.Select(t => t.TopicId).ToList() })
                .FirstOrDefaultAsync(cancellationToken);
            if (first is not null)
            {
                firstPost = firstPost is { } f && f < first.PublishedAt ? f : first.PublishedAt;
                topics.AddRange(first.Topics.Where(t => !topics.Contains(t)));
            }
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            return CrisisOutcome.Invalid("title", "A crisis needs a title, an alert or a story.");
        }

        if (topics.Count > 0 && await db.Topics.CountAsync(t => t.WorkspaceId == workspaceId && topics.Contains(t.Id), cancellationToken) != topics.Distinct().Count())
        {
            return CrisisOutcome.Invalid("topicIds", "Every topic must be one of the workspace's.");
        }

        var owner = by;
        if (input.OwnerId is { } ownerId)
        {
            if (await MemberNameAsync(db, workspaceId, ownerId, cancellationToken) is not { } ownerName)
            {
                return CrisisOutcome.Invalid("ownerId", "The owner must be a member of the workspace.");
            }

            owner = new Caller(ownerId, ownerName);
        }

        var workspace = await db.Workspaces.FirstAsync(w => w.Id == workspaceId, cancellationToken);
        var crisis = new Crisis
        {
            Id = Guid.NewGuid(),
            WorkspaceId = workspaceId,
            Number = workspace.NextCrisisNumber++,
            Title = title.Length > 300 ? title[..300] : title,
            OwnerId = owner.UserId,
            OwnerName = owner.Name,
            Status = CrisisStatus.Active,
            TopicIds = string.Join(',', topics.Distinct()),
            StoryId = storyId,
            OriginAlertId = alert?.Id,
            FirstPostAt = firstPost ?? now,
            OpenedAt = now,
        };
        db.Crises.Add(crisis);
        if (alert is not null)
        {
            alert.CrisisId = crisis.Id;
            if (alert.Status == AlertStatus.Open)
            {
                alert.Status = AlertStatus.Acknowledged;
                alert.AcknowledgedAt = now;
                alert.AcknowledgedBy = by.Name;
            }
        }

        Log(db, crisis.Id, by, "opened", alert is not null ? $"Opened from alert {alert.Number}" : storyId is not null ? "Opened from a story" : "Opened");
        if (owner != by)
        {
            Log(db, crisis.Id, by, "owner", owner.Name);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (alert is not null)
        {
            feed.Publish(new AlertChange(workspaceId, alert.Id, alert.Number, AlertChangeKind.Changed, alert.Severity));
        }

        return CrisisOutcome.Done(crisis.Id, crisis.Number);
    }

    public Task<CrisisOutcome> SetOwnerAsync(Guid workspaceId, Guid crisisId, Guid ownerId, Caller by, CancellationToken cancellationToken) =>
        ChangeAsync(workspaceId, crisisId, by, async (db, crisis) =>
        {
            if (await MemberNameAsync(db, workspaceId, ownerId, cancellationToken) is not { } name)
            {
                return CrisisOutcome.Invalid("ownerId", "The owner must be a member of the workspace.");
            }

            crisis.OwnerId = ownerId;
            crisis.OwnerName = name;
            Log(db, crisis.Id, by, "owner", name);
            return CrisisOutcome.Done();
        }, cancellationToken);

    /// <summary>Saves the draft; changing an approved statement sends it back to draft (it needs approval again).</summary>
    public Task<CrisisOutcome> EditStatementAsync(Guid workspaceId, Guid crisisId, string? text, Caller by, CancellationToken cancellationToken) =>
        ChangeAsync(workspaceId, crisisId, by, (db, crisis) =>
        {
            text = (text ?? "").Trim();
            if (text.Length > MaxStatementLength)
            {
                return Task.FromResult(CrisisOutcome.Invalid("text", $"The statement is at most {MaxStatementLength} characters."));
            }

            if (crisis.StatementStatus == StatementStatus.Published)
            {
                return Task.FromResult(CrisisOutcome.Conflict("text", "The statement has been published; log a note for a follow-up instead."));
            }

            if (text != crisis.HoldingStatement)
            {
                crisis.HoldingStatement = text;
                crisis.StatementStatus = StatementStatus.Draft;
                crisis.StatementApprovedBy = null;
                crisis.StatementApprovedAt = null;
                Log(db, crisis.Id, by, "statement_edited", text.Length > 200 ? text[..200] + "…" : text);
            }

            return Task.FromResult(CrisisOutcome.Done());
        }, cancellationToken);

    public Task<CrisisOutcome> SubmitStatementAsync(Guid workspaceId, Guid crisisId, Caller by, CancellationToken cancellationToken) =>
        StatementStepAsync(workspaceId, crisisId, by, StatementStatus.Draft, StatementStatus.AwaitingApproval, "statement_submitted", cancellationToken);

    /// <summary>A supervisor approves the statement (the endpoint checks the role).</summary>
    public Task<CrisisOutcome> ApproveStatementAsync(Guid workspaceId, Guid crisisId, Caller by, CancellationToken cancellationToken) =>
        StatementStepAsync(workspaceId, crisisId, by, StatementStatus.AwaitingApproval, StatementStatus.Approved, "statement_approved", cancellationToken);

    /// <summary>The approved statement went out: the company's first public response, if nothing answered before.</summary>
    public Task<CrisisOutcome> PublishStatementAsync(Guid workspaceId, Guid crisisId, Caller by, CancellationToken cancellationToken) =>
        StatementStepAsync(workspaceId, crisisId, by, StatementStatus.Approved, StatementStatus.Published, "statement_published", cancellationToken);

    public Task<CrisisOutcome> NoteAsync(Guid workspaceId, Guid crisisId, string? text, Caller by, CancellationToken cancellationToken) =>
        ChangeAsync(workspaceId, crisisId, by, (db, crisis) =>
        {
            text = (text ?? "").Trim();
            if (text.Length == 0 || text.Length > MaxNoteLength)
            {
                return Task.FromResult(CrisisOutcome.Invalid("text", $"A note is 1 to {MaxNoteLength} characters."));
            }

            Log(db, crisis.Id, by, "note", text);
            return Task.FromResult(CrisisOutcome.Done());
        }, cancellationToken);

    public Task<CrisisOutcome> LinkCaseAsync(Guid workspaceId, Guid crisisId, int caseNumber, bool link, Caller by, CancellationToken cancellationToken) =>
        ChangeAsync(workspaceId, crisisId, by, async (db, crisis) =>
        {
            var found = await db.Cases.Where(c => c.WorkspaceId == workspaceId && c.Number == caseNumber).Select(c => (long?)c.Id).FirstOrDefaultAsync(cancellationToken);
            if (found is not { } caseId)
            {
                return CrisisOutcome.NotFound("The case");
            }

            var row = await db.CrisisCases.FirstOrDefaultAsync(c => c.CrisisId == crisis.Id && c.CaseId == caseId, cancellationToken);
            if (link && row is null)
            {
                db.CrisisCases.Add(new CrisisCase { CrisisId = crisis.Id, CaseId = caseId, WorkspaceId = workspaceId });
                Log(db, crisis.Id, by, "case_linked", "#" + caseNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (!link && row is not null)
            {
                db.CrisisCases.Remove(row);
                Log(db, crisis.Id, by, "case_unlinked", "#" + caseNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return CrisisOutcome.Done();
        }, cancellationToken);

    public Task<CrisisOutcome> ResolveAsync(Guid workspaceId, Guid crisisId, bool resolve, Caller by, CancellationToken cancellationToken) =>
        ChangeAsync(workspaceId, crisisId, by, (db, crisis) =>
        {
            if (resolve && crisis.Status == CrisisStatus.Active)
            {
                crisis.Status = CrisisStatus.Resolved;
                crisis.ResolvedAt = clock.GetUtcNow();
                Log(db, crisis.Id, by, "resolved", "");
            }
            else if (!resolve && crisis.Status == CrisisStatus.Resolved)
            {
                crisis.Status = CrisisStatus.Active;
                crisis.ResolvedAt = null;
                Log(db, crisis.Id, by, "reopened", "");
            }

            return Task.FromResult(CrisisOutcome.Done());
        }, cancellationToken);

    private Task<CrisisOutcome> StatementStepAsync(Guid workspaceId, Guid crisisId, Caller by, StatementStatus from, StatementStatus to, string kind, CancellationToken cancellationToken) =>
        ChangeAsync(workspaceId, crisisId, by, (db, crisis) =>
        {
            if (crisis.StatementStatus != from)
            {
                return Task.FromResult(CrisisOutcome.Conflict("statement", $"The statement is {crisis.StatementStatus}; this step needs it {from}."));
            }

            if (string.IsNullOrWhiteSpace(crisis.HoldingStatement))
            {
                return Task.FromResult(CrisisOutcome.Invalid("statement", "Write the statement first."));
            }

            var now = clock.GetUtcNow();
            crisis.StatementStatus = to;
            if (to == StatementStatus.Approved)
            {
                crisis.StatementApprovedBy = by.Name;
                crisis.StatementApprovedAt = now;
            }

            if (to == StatementStatus.Published && (crisis.FirstResponseAt is null || crisis.FirstResponseAt > now))
            {
                crisis.FirstResponseAt = now;
            }

            Log(db, crisis.Id, by, kind, "");
            return Task.FromResult(CrisisOutcome.Done());
        }, cancellationToken);

    private async Task<CrisisOutcome> ChangeAsync(Guid workspaceId, Guid crisisId, Caller by, Func<PantauDbContext, Crisis, Task<CrisisOutcome>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var crisis = await db.Crises.FirstOrDefaultAsync(c => c.Id == crisisId && c.WorkspaceId == workspaceId, cancellationToken);
        if (crisis is null)
        {
            return CrisisOutcome.NotFound("The crisis");
        }

        var outcome = await change(db, crisis);
        if (outcome.Succeeded)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return outcome;
    }

    private void Log(PantauDbContext db, Guid crisisId, Caller by, string kind, string text) =>
        db.CrisisLog.Add(new CrisisLogEntry { CrisisId = crisisId, At = clock.GetUtcNow(), By = by.Name, Kind = kind, Text = text });

    private static async Task<string?> MemberNameAsync(PantauDbContext db, Guid workspaceId, Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.WorkspaceMembers.Where(m => m.WorkspaceId == workspaceId && m.UserId == userId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.DisplayName, u.Email })
            .FirstOrDefaultAsync(cancellationToken);
        return user is null ? null : Caller.NameOf(user.DisplayName, user.Email, userId);
    }
}
