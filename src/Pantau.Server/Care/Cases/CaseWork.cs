using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Care.Settings;

namespace Pantau.Server.Care.Cases;

/// <summary>
/// The frame of every case command: load the case (404 outside the workspace), check that the actor may work it, run
/// the change in a transaction, then refresh SLA and priority, save, and announce it. A case changed meanwhile by
/// someone else (its version moved) is retried once, fresh.
/// </summary>
internal static class CaseWork
{
    public static async Task<CaseOutcome> RunAsync(
        IDbContextFactory<PantauDbContext> contexts, CarePolicies policies, CaseRefresher refresher, CaseFeed feed, TimeProvider clock,
        Guid workspaceId, long caseId, CareActor actor, Func<PantauDbContext, Case, Task<CaseOutcome>> change, Action? afterCommit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var @case = await db.Cases.FirstOrDefaultAsync(c => c.WorkspaceId == workspaceId && c.Id == caseId, cancellationToken);
            if (@case is null)
            {
                return CaseOutcome.NotFound;
            }

            if (!actor.CanWork)
            {
                return CaseOutcome.Forbidden("Viewers can read cases but not change them.");
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            CaseOutcome outcome;
            try
            {
                outcome = await change(db, @case);
                if (!outcome.Succeeded)
                {
                    return outcome;
                }

                // Nothing written (the status was already that): nothing to announce.
                if (!db.ChangeTracker.HasChanges() && !db.ChangeTracker.Entries<CaseEntry>().Any())
                {
                    return outcome;
                }

                var now = clock.GetUtcNow();
                @case.UpdatedAt = now;
                @case.Version++;
                await refresher.RefreshAsync(db, @case, await policies.ForWorkspaceAsync(workspaceId, cancellationToken), now, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt == 1)
            {
                continue;
            }

            feed.Publish(new CaseChange(workspaceId, @case.Id, @case.Number, CaseChangeKind.Updated));
            afterCommit?.Invoke();
            return outcome.EntryId is null
                ? outcome with { EntryId = db.ChangeTracker.Entries<CaseEntry>().Select(e => (long?)e.Entity.Id).LastOrDefault() }
                : outcome;
        }
    }
}
