using Microsoft.EntityFrameworkCore;
using Pantau.Core.Care;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Accounts;
using Pantau.Server.Care.Cases;
using Pantau.Server.Care.Csat;

namespace Pantau.Server.Care.Measures;

/// <summary>How fast and how well one group (an agent, a team, or everyone) answered in a period.</summary>
/// <param name="Cases">Cases opened in the period that this group has.</param>
/// <param name="Responded">Of those, cases that have had a first response.</param>
/// <param name="MedianFirstResponseSeconds">Median wall-clock time from the customer's first message to the first response.</param>
/// <param name="Resolved">Cases resolved (or closed) in the period.</param>
/// <param name="MedianResolutionSeconds">Median wall-clock time from the first message to resolution, over those.</param>
/// <param name="SlaAttainment">Share of the period's cases with no SLA breach; null without cases.</param>
/// <param name="Breaches">SLA breaches recorded in the period.</param>
/// <param name="Backlog">Cases not yet resolved now (new, open or pending), whenever they were opened.</param>
public sealed record CareFigures(
    int Cases, int Responded, double? MedianFirstResponseSeconds, int Resolved, double? MedianResolutionSeconds,
    double? SlaAttainment, int Breaches, int Backlog, int Csat, double? CsatPercent);

public sealed record AgentFigures(Guid? AgentId, string Name, bool Online, CareFigures Figures);

public sealed record TeamFigures(Guid? TeamId, string Name, CareFigures Figures);

public sealed record CareMeasuresReport(DateTimeOffset From, DateTimeOffset To, CareFigures Overall, IReadOnlyList<AgentFigures> Agents, IReadOnlyList<TeamFigures> Teams);

/// <summary>
/// The supervisor's numbers: first response and resolution times, SLA attainment, breaches and backlog, per agent and
/// per team, and CSAT. Times are wall-clock (what the customer lived through); the SLA counts business hours.
/// </summary>
public sealed class CareMeasures(IDbContextFactory<PantauDbContext> contexts, CsatSurveys surveys, AgentPresence presence)
{
    public async Task<CareMeasuresReport> ReportAsync(Guid workspaceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.WorkspaceId == workspaceId && ((c.CreatedAt >= from && c.CreatedAt < to) || (c.ResolvedAt >= from && c.ResolvedAt < to)))
            .Select(c => new CaseFacts(c.AssigneeId, c.TeamId, c.CreatedAt, c.FirstMessageAt, c.FirstResponseAt, c.ResolvedAt, c.SlaBreached, c.Status))
            .ToListAsync(cancellationToken);
        var backlog = await db.Cases.AsNoTracking()
            .Where(c => c.WorkspaceId == workspaceId && (c.Status == CaseStatus.New || c.Status == CaseStatus.Open || c.Status == CaseStatus.Pending))
            .GroupBy(c => new { c.AssigneeId, c.TeamId })
            .Select(g => new { g.Key.AssigneeId, g.Key.TeamId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var breaches = await db.SlaEvents.AsNoTracking()
            .Where(e => e.WorkspaceId == workspaceId && e.IsBreach && e.At >= from && e.At < to)
            .GroupBy(e => e.AssigneeId)
            .Select(g => new { Agent = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var csat = await surveys.SummaryAsync(workspaceId, from, to, cancellationToken);

        var members = await db.WorkspaceMembers.AsNoTracking()
            .Where(m => m.WorkspaceId == workspaceId && m.Role >= WorkspaceRole.Agent)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, u.Email })
            .ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().Where(t => t.WorkspaceId == workspaceId).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);

        CareFigures Figures(Func<CaseFacts, bool> mine, Func<Guid?, Guid?, bool> backlogMine, Func<Guid?, bool> breachMine, int csatAnswered, double? csatPercent)
        {
            var opened = cases.Where(c => c.CreatedAt >= from && c.CreatedAt < to && mine(c)).ToList();
            var responded = opened.Where(c => c.FirstResponseAt is not null).Select(c => (c.FirstResponseAt!.Value - c.FirstMessageAt).TotalSeconds).ToList();
            var resolved = cases.Where(c => c.ResolvedAt >= from && c.ResolvedAt < to && mine(c)).Select(c => (c.ResolvedAt!.Value - c.FirstMessageAt).TotalSeconds).ToList();
            return new CareFigures(
                opened.Count, responded.Count, Median(responded), resolved.Count, Median(resolved),
                opened.Count == 0 ? null : opened.Count(c => !c.SlaBreached) / (double)opened.Count,
                breaches.Where(b => breachMine(b.Agent)).Sum(b => b.Count),
                backlog.Where(b => backlogMine(b.AssigneeId, b.TeamId)).Sum(b => b.Count),
                csatAnswered, csatPercent);
        }

        var overall = Figures(_ => true, (_, _) => true, _ => true, csat.Overall.Answered, csat.Overall.CsatPercent);
        var agents = members.Select(m =>
        {
            var agentCsat = csat.Agents.FirstOrDefault(a => a.AgentId == m.Id);
            return new AgentFigures(m.Id, Caller.NameOf(m.DisplayName, m.Email, m.Id), presence.IsOnline(workspaceId, m.Id),
                Figures(c => c.AssigneeId == m.Id, (a, _) => a == m.Id, a => a == m.Id, agentCsat?.Answered ?? 0, agentCsat?.CsatPercent));
        })
            .Append(new AgentFigures(null, "", false, Figures(c => c.AssigneeId is null, (a, _) => a is null, a => a is null, 0, null)))
            .ToList();
        var teamFigures = teams.Select(t => new TeamFigures(t.Id, t.Name, Figures(c => c.TeamId == t.Id, (_, team) => team == t.Id, _ => false, 0, null))).ToList();
        return new CareMeasuresReport(from, to, overall, agents, teamFigures);
    }

    public static double? Median(List<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private sealed record CaseFacts(Guid? AssigneeId, Guid? TeamId, DateTimeOffset CreatedAt, DateTimeOffset FirstMessageAt, DateTimeOffset? FirstResponseAt, DateTimeOffset? ResolvedAt, bool SlaBreached, CaseStatus Status);
}
