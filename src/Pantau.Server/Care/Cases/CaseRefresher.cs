using Microsoft.EntityFrameworkCore;
using Pantau.Core.Care;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Care.Settings;
using Pantau.Server.Care.Webhooks;

namespace Pantau.Server.Care.Cases;

/// <summary>
/// After any change to a case (and when the SLA monitor's clock passes a warning or due instant): replays the SLA
/// clocks, records each warning and breach that has happened exactly once (by the cycle's key, unique in the
/// database), and recomputes the priority. Entries not yet saved count. Nothing here saves.
/// </summary>
public sealed class CaseRefresher(CareWebhookOutbox webhooks)
{
    public async Task<SlaReading> RefreshAsync(PantauDbContext db, Case @case, CarePolicy policy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(policy);
        var stored = @case.Id == 0 ? [] : await db.CaseEntries.AsNoTracking().Where(e => e.CaseId == @case.Id).ToListAsync(cancellationToken);
        var storedIds = stored.Select(e => e.Id).ToHashSet();
        var pending = db.ChangeTracker.Entries<CaseEntry>()
            .Where(e => e.Entity.CaseId == @case.Id && (!storedIds.Contains(e.Entity.Id) || e.State == EntityState.Modified))
            .Select(e => e.Entity)
            .ToList();

        // A tracked, modified entry (a reply just sent) wins over its stored copy.
        var timeline = stored.Where(s => pending.All(p => p.Id != s.Id)).Concat(pending);
        var reading = CaseSla.Read(@case, timeline, policy.Sla, now);
        CaseSla.Apply(@case, reading);
        await RecordAsync(db, @case, reading, now, cancellationToken);
        var vip = @case.ContactId is { } contact && await db.Contacts.AsNoTracking().AnyAsync(c => c.Id == contact && c.Vip, cancellationToken);
        CaseSla.Prioritise(@case, vip, now);
        return reading;
    }

    private async Task RecordAsync(PantauDbContext db, Case @case, SlaReading reading, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var crossings = new List<(string Key, SlaCycle Cycle, bool Breach, DateTimeOffset At)>();
        foreach (var cycle in reading.Cycles)
        {
            if (cycle.WarnAt is { } warnAt && warnAt <= now && (cycle.StoppedAt is null || cycle.StoppedAt > warnAt))
            {
                crossings.Add((cycle.Key + ":warning", cycle, false, warnAt));
            }

            if (cycle.BreachedAt is { } breachedAt)
            {
                crossings.Add((cycle.Key + ":breach", cycle, true, breachedAt));
            }
        }

        if (crossings.Count == 0 || @case.Id == 0)
        {
            return;
        }

        var keys = crossings.Select(c => c.Key).ToList();
        var known = await db.SlaEvents.AsNoTracking().Where(e => e.CaseId == @case.Id && keys.Contains(e.Key)).Select(e => e.Key).ToListAsync(cancellationToken);
        known.AddRange(db.ChangeTracker.Entries<SlaEvent>().Select(e => e.Entity.Key));
        foreach (var crossing in crossings.Where(c => !known.Contains(c.Key)))
        {
            // A warning noticed only after the breach is history, not news: record it, announce only the breach.
            db.SlaEvents.Add(new SlaEvent
            {
                WorkspaceId = @case.WorkspaceId,
                CaseId = @case.Id,
                Key = crossing.Key,
                Metric = crossing.Cycle.Metric,
                Cycle = crossing.Cycle.Cycle,
                IsBreach = crossing.Breach,
                At = crossing.At,
                RecordedAt = now,
                AssigneeId = @case.AssigneeId,
            });
            db.CaseEntries.Add(new CaseEntry
            {
                CaseId = @case.Id,
                WorkspaceId = @case.WorkspaceId,
                At = crossing.At,
                Kind = crossing.Breach ? CaseEntryKind.SlaBreached : CaseEntryKind.SlaWarning,
                ActorName = CareActor.Pantau.Name,
                Text = SlaNames.Of(crossing.Cycle.Metric),
            });
            if (crossing.Breach)
            {
                await webhooks.EnqueueAsync(db, @case, CareEventTypes.Breached, new { metric = SlaNames.Of(crossing.Cycle.Metric), cycle = crossing.Cycle.Cycle, breachedAt = crossing.At }, cancellationToken);
            }
        }
    }
}

public static class SlaNames
{
    public static string Of(SlaMetric metric) => metric switch
    {
        SlaMetric.FirstResponse => "first_response",
        SlaMetric.NextResponse => "next_response",
        SlaMetric.Resolution => "resolution",
        _ => "unknown",
    };
}
