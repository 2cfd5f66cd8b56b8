using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pantau.Core.Care;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Care.Settings;
using Pantau.Server.Care.Webhooks;
using Pantau.Server.Hosting;

namespace Pantau.Server.Care.Cases;

/// <summary>
/// What time alone changes on cases. Each pass covers the interval since the last (kept in the database, so a restart
/// misses nothing): cases whose warning or due instant fell in it are refreshed, which records the warning or breach
/// once; assignees who did not respond within the workspace's limit lose the case to a colleague (or to the team's
/// queue when nobody is free); and open cases' priorities are recomputed in slices, since waiting raises them.
/// </summary>
public sealed class SlaMonitor(
    IDbContextFactory<PantauDbContext> contexts,
    CarePolicies policies,
    CaseRefresher refresher,
    CaseAssignment assignment,
    CareWebhookOutbox webhooks,
    CaseFeed feed,
    Readiness readiness,
    IOptions<CareOptions> options,
    TimeProvider clock,
    ILogger<SlaMonitor> logger) : BackgroundService
{
    public const string CursorName = "sla-monitor";
    private const int Slice = 500;
    private long _priorityAfterId;
    private DateTimeOffset _nextPriorityPass;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WhenReady.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.MonitorInterval, clock);
        do
        {
            try
            {
                await RunOnceAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "The SLA monitor's pass failed; the next pass covers its interval again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass up to <paramref name="now"/>.</summary>
    public async Task RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changes = new List<CaseChange>();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var cursor = await db.ProcessingCursors.FirstOrDefaultAsync(c => c.Name == CursorName, cancellationToken);
            if (cursor is null)
            {
                cursor = new ProcessingCursor { Name = CursorName, Position = 0 };
                db.ProcessingCursors.Add(cursor);
            }

            var from = DateTimeOffset.FromUnixTimeMilliseconds(cursor.Position);
            var due = await db.Cases.AsNoTracking()
                .Where(c => c.Status == CaseStatus.New || c.Status == CaseStatus.Open)
                .Where(c => (c.SlaWarnAt > from && c.SlaWarnAt <= now) || (c.SlaDueAt > from && c.SlaDueAt <= now))
                .OrderBy(c => c.Id)
                .Select(c => c.Id)
                .ToListAsync(cancellationToken);
            foreach (var id in due)
            {
                if (await RefreshCaseAsync(id, now, cancellationToken) is { } change)
                {
                    changes.Add(change);
                }
            }

            // Only once every due case is refreshed: a pass that fails half-way is covered again by the next.
            cursor.Position = now.ToUnixTimeMilliseconds();
            cursor.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        changes.AddRange(await ReassignAsync(now, cancellationToken));
        if (now >= _nextPriorityPass)
        {
            changes.AddRange(await RefreshPrioritiesAsync(now, cancellationToken));
        }

        feed.Publish(changes.DistinctBy(c => c.CaseId));
        if (changes.Count > 0)
        {
            webhooks.Wake();
        }
    }

    /// <summary>Refreshes one case in its own save; a case an agent changed meanwhile is read again and refreshed once more.</summary>
    private async Task<CaseChange?> RefreshCaseAsync(long caseId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var @case = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
            if (@case is null)
            {
                return null;
            }

            await refresher.RefreshAsync(db, @case, await policies.ForWorkspaceAsync(@case.WorkspaceId, cancellationToken), now, cancellationToken);
            @case.Version++;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new CaseChange(@case.WorkspaceId, @case.Id, @case.Number, CaseChangeKind.Updated);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another pass (another node) recorded the same warning or breach first: its unique key refused ours.
            }
        }
    }

    private async Task<List<CaseChange>> ReassignAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changes = new List<CaseChange>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaces = await db.CareSettings.AsNoTracking().Where(s => s.ReassignAfterMinutes > 0).Select(s => s.WorkspaceId).ToListAsync(cancellationToken);
        foreach (var workspace in workspaces)
        {
            var policy = await policies.ForWorkspaceAsync(workspace, cancellationToken);
            if (policy.ReassignAfter is not { } after)
            {
                continue;
            }

            var limit = now - after;
            var overdue = await db.Cases
                .Where(c => c.WorkspaceId == workspace && (c.Status == CaseStatus.New || c.Status == CaseStatus.Open))
                .Where(c => c.AssigneeId != null && c.AssignedAt <= limit && c.WaitingSince != null)
                .Where(c => c.LastResponseAt == null || c.LastResponseAt < c.AssignedAt)
                .Take(Slice)
                .ToListAsync(cancellationToken);
            foreach (var @case in overdue)
            {
                var previous = @case.AssigneeId;
                Guid? next = @case.TeamId is { } team
                    ? await assignment.ChooseFromTeamAsync(db, workspace, team, DistributionMethod.LeastBusy, previous, cancellationToken)
                    : null;
                await assignment.AssignAsync(db, @case, next, @case.TeamId, CareActor.Pantau,
                    $"no response within {after.TotalMinutes:0} min", cancellationToken);
                await refresher.RefreshAsync(db, @case, policy, now, cancellationToken);
                if (next is not null)
                {
                    await webhooks.EnqueueAsync(db, @case, CareEventTypes.Assigned, new { assigneeId = next, reassignedFrom = previous }, cancellationToken);
                }

                changes.Add(new CaseChange(workspace, @case.Id, @case.Number, CaseChangeKind.Updated));
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone acted on one of these cases meanwhile: the next pass looks again at what is still overdue.
                db.ChangeTracker.Clear();
                changes.Clear();
            }
        }

        return changes;
    }

    /// <summary>One slice of open cases per pass, round and round, so 100,000 open cases cost a little every pass, not a lot at once.</summary>
    private async Task<List<CaseChange>> RefreshPrioritiesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changes = new List<CaseChange>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var slice = await db.Cases
            .Where(c => c.Id > _priorityAfterId && (c.Status == CaseStatus.New || c.Status == CaseStatus.Open))
            .OrderBy(c => c.Id)
            .Take(Slice * 4)
            .ToListAsync(cancellationToken);
        var contactIds = slice.Where(c => c.ContactId != null).Select(c => c.ContactId!.Value).Distinct().ToList();
        var vips = (await db.Contacts.AsNoTracking().Where(c => contactIds.Contains(c.Id) && c.Vip).Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var @case in slice)
        {
            var (score, band) = (@case.PriorityScore, @case.Priority);
            CaseSla.Prioritise(@case, @case.ContactId is { } contact && vips.Contains(contact), now);
            if (@case.PriorityScore != score || @case.Priority != band)
            {
                changes.Add(new CaseChange(@case.WorkspaceId, @case.Id, @case.Number, CaseChangeKind.Updated));
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // An agent changed one of these cases meanwhile, and that change recomputed its priority: this slice comes round again.
            return [];
        }

        _priorityAfterId = slice.Count == Slice * 4 ? slice[^1].Id : 0;
        if (_priorityAfterId == 0)
        {
            _nextPriorityPass = now + options.Value.PriorityRefreshInterval;
        }

        return changes;
    }
}
