using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pantau.Core.Care;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Care.Settings;

namespace Pantau.Server.Care.Cases;

/// <summary>
/// Who gets a case: by the workspace's routing rules (the first that matches), to an agent directly or to a team,
/// where round robin or least busy picks among the team's online agents under their capacity. A rule that names an
/// agent assigns to them even when they are away: the admin chose that person. Nothing here saves.
/// </summary>
public sealed class CaseAssignment(AgentPresence presence, TimeProvider clock)
{
    private readonly ConditionalWeakTable<CarePolicy, CompiledRoutingRules> _compiled = [];

    /// <summary>Routes a case by the rules; true when a rule matched (the case then has a team, an agent, or both).</summary>
    public async Task<bool> RouteAsync(PantauDbContext db, Case @case, CarePolicy policy, RoutingCase routed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var rules = _compiled.GetValue(policy, p => new CompiledRoutingRules(p.RoutingRules));
        if (rules.FirstMatch(routed) is not { } rule)
        {
            return false;
        }

        if (rule.Then.AgentId is { } agent)
        {
            await AssignAsync(db, @case, agent, rule.Then.TeamId, CareActor.Pantau, rule.Name, cancellationToken);
            return true;
        }

        var chosen = await ChooseFromTeamAsync(db, @case.WorkspaceId, rule.Then.TeamId!.Value, rule.Then.Method, except: null, cancellationToken);
        await AssignAsync(db, @case, chosen, rule.Then.TeamId, CareActor.Pantau, rule.Name, cancellationToken);
        return true;
    }

    /// <summary>An online agent of the team under capacity (not <paramref name="except"/>), or null when nobody is free.</summary>
    public async Task<Guid?> ChooseFromTeamAsync(PantauDbContext db, Guid workspaceId, Guid teamId, DistributionMethod method, Guid? except, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var members = await db.TeamMembers.AsNoTracking()
            .Where(m => m.WorkspaceId == workspaceId && m.TeamId == teamId)
            .Select(m => m.UserId).ToListAsync(cancellationToken);
        if (except is { } skip)
        {
            members.Remove(skip);
        }

        return CaseRouter.ChooseAgent(method, await LoadsAsync(db, workspaceId, members, cancellationToken));
    }

    /// <summary>Each agent's open cases, capacity, last assignment and whether they are here.</summary>
    public async Task<IReadOnlyList<AgentLoad>> LoadsAsync(PantauDbContext db, Guid workspaceId, IReadOnlyCollection<Guid> agents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (agents.Count == 0)
        {
            return [];
        }

        var members = await db.WorkspaceMembers.AsNoTracking()
            .Where(m => m.WorkspaceId == workspaceId && agents.Contains(m.UserId) && m.Role >= WorkspaceRole.Agent)
            .Select(m => new { m.UserId, m.CaseCapacity }).ToListAsync(cancellationToken);
        var ids = members.Select(m => (Guid?)m.UserId).ToList();
        var stats = await db.Cases.AsNoTracking()
            .Where(c => c.WorkspaceId == workspaceId && ids.Contains(c.AssigneeId))
            .GroupBy(c => c.AssigneeId)
            .Select(g => new
            {
                Agent = g.Key,
                Open = g.Count(c => c.Status == CaseStatus.New || c.Status == CaseStatus.Open),
                LastAssigned = g.Max(c => c.AssignedAt),
            })
            .ToListAsync(cancellationToken);
        var byAgent = stats.ToDictionary(s => s.Agent!.Value);
        return [.. members.Select(m => new AgentLoad(
            m.UserId,
            presence.IsOnline(workspaceId, m.UserId),
            byAgent.TryGetValue(m.UserId, out var s) ? s.Open : 0,
            m.CaseCapacity,
            byAgent.TryGetValue(m.UserId, out var t) ? t.LastAssigned : null))];
    }

    /// <summary>Gives the case to an agent and/or team and writes the timeline line; a no-op when nothing changes.</summary>
    public async Task<bool> AssignAsync(PantauDbContext db, Case @case, Guid? agentId, Guid? teamId, CareActor actor, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(actor);
        if (@case.AssigneeId == agentId && @case.TeamId == teamId)
        {
            return false;
        }

        var agentName = agentId is { } id
            ? await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.DisplayName ?? u.Email).FirstOrDefaultAsync(cancellationToken)
            : null;
        var teamName = teamId is { } team
            ? await db.Teams.AsNoTracking().Where(t => t.Id == team && t.WorkspaceId == @case.WorkspaceId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        var now = clock.GetUtcNow();
        db.CaseEntries.Add(new CaseEntry
        {
            CaseId = @case.Id,
            WorkspaceId = @case.WorkspaceId,
            At = now,
            Kind = CaseEntryKind.Assigned,
            ActorId = actor.UserId,
            ActorName = actor.Name,
            Text = agentName ?? teamName,
            DataJson = JsonSerializer.Serialize(new AssignmentData(@case.AssigneeId, agentId, teamId, agentName, teamName, reason), CareJson.Default.AssignmentData),
        });
        @case.AssigneeId = agentId;
        @case.TeamId = teamId;
        @case.AssignedAt = agentId is null ? null : now;
        @case.UpdatedAt = now;
        @case.Version++;
        return true;
    }
}

public sealed record AssignmentData(Guid? From, Guid? To, Guid? Team, string? ToName, string? TeamName, string? Reason);
