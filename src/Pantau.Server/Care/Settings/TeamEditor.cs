using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Data.Entities;

namespace Pantau.Server.Care.Settings;

/// <summary>A workspace member who can take cases (agent, supervisor or admin), with how many open cases they may hold.</summary>
public sealed record CareAgentDto(Guid UserId, string Email, string? DisplayName, WorkspaceRole Role, int CaseCapacity)
{
    public string Name => string.IsNullOrWhiteSpace(DisplayName) ? Email : DisplayName;
}

public sealed record TeamDto(Guid Id, string Name, IReadOnlyList<CareAgentDto> Members, DateTimeOffset CreatedAt);

/// <summary>A member of a team; <see cref="CaseCapacity"/>, when given, sets the member's capacity in the workspace (all their teams).</summary>
public sealed record TeamMemberInput(Guid UserId, int? CaseCapacity = null);

public sealed record TeamInput(string? Name, IReadOnlyList<TeamMemberInput>? Members);

/// <summary>Creates, changes and deletes teams and their members. Capacity is the member's, shared by all their teams.</summary>
public sealed class TeamEditor(IDbContextFactory<PantauDbContext> contexts, CarePolicies policies, TimeProvider clock)
{
    public const int MaxCapacity = 1000;

    /// <summary>Members who can be put in a team or be a routing target, by name.</summary>
    public async Task<IReadOnlyList<CareAgentDto>> AgentsAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await AgentsAsync(db, workspaceId, cancellationToken);
    }

    public async Task<IReadOnlyList<TeamDto>> ListAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().Where(t => t.WorkspaceId == workspaceId).ToListAsync(cancellationToken);
        var members = await db.TeamMembers.AsNoTracking().Where(m => m.WorkspaceId == workspaceId).ToListAsync(cancellationToken);
        var agents = (await AgentsAsync(db, workspaceId, cancellationToken)).ToDictionary(a => a.UserId);
        return [.. teams.OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase).Select(t => ToDto(t, members, agents))];
    }

    public async Task<TeamDto?> GetAsync(Guid workspaceId, Guid teamId, CancellationToken cancellationToken) =>
        (await ListAsync(workspaceId, cancellationToken)).FirstOrDefault(t => t.Id == teamId);

    public async Task<CareEdit<TeamDto>> CreateAsync(Guid workspaceId, TeamInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await ValidateAsync(db, workspaceId, input, cancellationToken) is { } problem)
        {
            return problem;
        }

        var name = input.Name!.Trim();
        if (await db.Teams.AnyAsync(t => t.WorkspaceId == workspaceId && t.Name == name, cancellationToken))
        {
            return CareEdit.InConflict<TeamDto>("name", $"A team named '{name}' already exists.");
        }

        var team = new Team { Id = Guid.CreateVersion7(clock.GetUtcNow()), WorkspaceId = workspaceId, Name = name, CreatedAt = clock.GetUtcNow() };
        db.Teams.Add(team);
        await SetMembersAsync(db, team, input.Members ?? [], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        policies.Invalidate(workspaceId);
        return new CareEdit<TeamDto>(await GetAsync(workspaceId, team.Id, cancellationToken));
    }

    public async Task<CareEdit<TeamDto>> UpdateAsync(Guid workspaceId, Guid teamId, TeamInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var team = await db.Teams.FirstOrDefaultAsync(t => t.WorkspaceId == workspaceId && t.Id == teamId, cancellationToken);
        if (team is null)
        {
            return CareEdit.NotFound<TeamDto>("The team");
        }

        if (await ValidateAsync(db, workspaceId, input, cancellationToken) is { } problem)
        {
            return problem;
        }

        var name = input.Name!.Trim();
        if (name != team.Name && await db.Teams.AnyAsync(t => t.WorkspaceId == workspaceId && t.Name == name, cancellationToken))
        {
            return CareEdit.InConflict<TeamDto>("name", $"A team named '{name}' already exists.");
        }

        team.Name = name;
        await SetMembersAsync(db, team, input.Members ?? [], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        policies.Invalidate(workspaceId);
        return new CareEdit<TeamDto>(await GetAsync(workspaceId, team.Id, cancellationToken));
    }

    /// <summary>Deletes a team; refused (409) while a routing rule sends cases to it, so no rule silently stops routing.</summary>
    public async Task<CareEdit<bool>> DeleteAsync(Guid workspaceId, Guid teamId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var team = await db.Teams.FirstOrDefaultAsync(t => t.WorkspaceId == workspaceId && t.Id == teamId, cancellationToken);
        if (team is null)
        {
            return CareEdit.NotFound<bool>("The team");
        }

        var rule = await db.RoutingRules.AsNoTracking().Where(r => r.WorkspaceId == workspaceId && r.TeamId == teamId).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken);
        if (rule is not null)
        {
            return CareEdit.InConflict<bool>("teamId", $"The routing rule '{rule}' sends cases to this team: change or delete the rule first.");
        }

        db.Teams.Remove(team);
        await db.SaveChangesAsync(cancellationToken);
        policies.Invalidate(workspaceId);
        return new CareEdit<bool>(true);
    }

    private static async Task<CareSettingsProblem?> ValidateAsync(PantauDbContext db, Guid workspaceId, TeamInput input, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200)
        {
            return new("name", "A name of 1 to 200 characters is required.");
        }

        var members = input.Members ?? [];
        if (members.Select(m => m.UserId).Distinct().Count() != members.Count)
        {
            return new("members", "A member is listed twice.");
        }

        if (members.FirstOrDefault(m => m.CaseCapacity is < 0 or > MaxCapacity) is { } bad)
        {
            return new("members", $"Case capacity is 0 (no limit) to {MaxCapacity}, not {bad.CaseCapacity}.");
        }

        var ids = members.Select(m => m.UserId).ToList();
        var eligible = await db.WorkspaceMembers.AsNoTracking()
            .Where(m => m.WorkspaceId == workspaceId && ids.Contains(m.UserId) && m.Role >= WorkspaceRole.Agent)
            .Select(m => m.UserId).ToListAsync(cancellationToken);
        var missing = ids.FirstOrDefault(id => !eligible.Contains(id), Guid.Empty);
        return ids.Contains(Guid.Empty) || missing != Guid.Empty
            ? new("members", $"User {missing} is not an agent, supervisor or admin of this workspace.")
            : null;
    }

    private static async Task SetMembersAsync(PantauDbContext db, Team team, IReadOnlyList<TeamMemberInput> members, CancellationToken cancellationToken)
    {
        var current = await db.TeamMembers.Where(m => m.TeamId == team.Id).ToListAsync(cancellationToken);
        db.TeamMembers.RemoveRange(current.Where(c => members.All(m => m.UserId != c.UserId)));
        foreach (var member in members.Where(m => current.All(c => c.UserId != m.UserId)))
        {
            db.TeamMembers.Add(new TeamMember { TeamId = team.Id, UserId = member.UserId, WorkspaceId = team.WorkspaceId });
        }

        var capacities = members.Where(m => m.CaseCapacity is not null).ToDictionary(m => m.UserId, m => m.CaseCapacity!.Value);
        if (capacities.Count > 0)
        {
            var ids = capacities.Keys.ToList();
            foreach (var row in await db.WorkspaceMembers.Where(m => m.WorkspaceId == team.WorkspaceId && ids.Contains(m.UserId)).ToListAsync(cancellationToken))
            {
                row.CaseCapacity = capacities[row.UserId];
            }
        }
    }

    private static async Task<IReadOnlyList<CareAgentDto>> AgentsAsync(PantauDbContext db, Guid workspaceId, CancellationToken cancellationToken)
    {
        var rows = await db.WorkspaceMembers.AsNoTracking()
            .Where(m => m.WorkspaceId == workspaceId && m.Role >= WorkspaceRole.Agent)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.UserId, u.Email, u.DisplayName, m.Role, m.CaseCapacity })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new CareAgentDto(r.UserId, r.Email ?? "", r.DisplayName, r.Role, r.CaseCapacity)).OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    private static TeamDto ToDto(Team team, List<TeamMember> members, Dictionary<Guid, CareAgentDto> agents) =>
        new(team.Id, team.Name,
            [.. members.Where(m => m.TeamId == team.Id).Select(m => agents.GetValueOrDefault(m.UserId)).OfType<CareAgentDto>().OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase)],
            team.CreatedAt);
}
