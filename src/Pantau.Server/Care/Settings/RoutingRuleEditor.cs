using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pantau.Core.Care;
using Pantau.Data;
using Pantau.Data.Entities;

namespace Pantau.Server.Care.Settings;

public sealed record RoutingRuleDto(
    Guid Id, int Order, string Name, bool Enabled, RoutingConditionDto When, Guid? TeamId, Guid? AgentId, DistributionMethod Method, DateTimeOffset CreatedAt)
{
    public static RoutingRuleDto From(RoutingRuleRow r) =>
        new(r.Id, r.Order, r.Name, r.Enabled, RoutingConditionDto.FromJson(r.ConditionJson), r.TeamId, r.AgentId, (DistributionMethod)r.Method, r.CreatedAt);
}

/// <summary>A routing rule to create or replace: a team or an agent (exactly one), how a team shares its cases (default round-robin).</summary>
public sealed record RoutingRuleInput(string? Name, bool? Enabled, RoutingConditionDto? When, Guid? TeamId, Guid? AgentId, DistributionMethod? Method);

/// <summary>The rule ids of a workspace in the order they are to be tried.</summary>
public sealed record RoutingRuleOrder(IReadOnlyList<Guid>? Ids);

/// <summary>Creates, replaces, deletes and reorders routing rules; targets and condition ids must belong to the workspace.</summary>
public sealed partial class RoutingRuleEditor(IDbContextFactory<PantauDbContext> contexts, CarePolicies policies, TimeProvider clock)
{
    public const int MaxKeywords = 100;

    public async Task<IReadOnlyList<RoutingRuleDto>> ListAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.RoutingRules.AsNoTracking().Where(r => r.WorkspaceId == workspaceId).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Order).ThenBy(r => r.Id).Select(RoutingRuleDto.From)];
    }

    public async Task<RoutingRuleDto?> GetAsync(Guid workspaceId, Guid ruleId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.RoutingRules.AsNoTracking().FirstOrDefaultAsync(r => r.WorkspaceId == workspaceId && r.Id == ruleId, cancellationToken);
        return row is null ? null : RoutingRuleDto.From(row);
    }

    /// <summary>A new rule goes last: it is tried after the existing ones.</summary>
    public async Task<CareEdit<RoutingRuleDto>> CreateAsync(Guid workspaceId, RoutingRuleInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await ValidateAsync(db, workspaceId, input, cancellationToken) is { } problem)
        {
            return problem;
        }

        var last = await db.RoutingRules.Where(r => r.WorkspaceId == workspaceId).MaxAsync(r => (int?)r.Order, cancellationToken) ?? 0;
        var now = clock.GetUtcNow();
        var row = new RoutingRuleRow { Id = Guid.CreateVersion7(now), WorkspaceId = workspaceId, Name = "", Order = last + 1, CreatedAt = now };
        Apply(row, input);
        db.RoutingRules.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        policies.Invalidate(workspaceId);
        return new CareEdit<RoutingRuleDto>(RoutingRuleDto.From(row));
    }

    public async Task<CareEdit<RoutingRuleDto>> UpdateAsync(Guid workspaceId, Guid ruleId, RoutingRuleInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.RoutingRules.FirstOrDefaultAsync(r => r.WorkspaceId == workspaceId && r.Id == ruleId, cancellationToken);
        if (row is null)
        {
            return CareEdit.NotFound<RoutingRuleDto>("The routing rule");
        }

        if (await ValidateAsync(db, workspaceId, input, cancellationToken) is { } problem)
        {
            return problem;
        }

        Apply(row, input);
        await db.SaveChangesAsync(cancellationToken);
        policies.Invalidate(workspaceId);
        return new CareEdit<RoutingRuleDto>(RoutingRuleDto.From(row));
    }

    public async Task<CareEdit<bool>> DeleteAsync(Guid workspaceId, Guid ruleId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deleted = await db.RoutingRules.Where(r => r.WorkspaceId == workspaceId && r.Id == ruleId).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            return CareEdit.NotFound<bool>("The routing rule");
        }

        policies.Invalidate(workspaceId);
        return new CareEdit<bool>(true);
    }

    /// <summary>Numbers the rules 1, 2, … in the given order; the ids must be exactly the workspace's rules.</summary>
    public async Task<CareEdit<IReadOnlyList<RoutingRuleDto>>> ReorderAsync(Guid workspaceId, RoutingRuleOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.RoutingRules.Where(r => r.WorkspaceId == workspaceId).ToListAsync(cancellationToken);
        var ids = order.Ids ?? [];
        if (ids.Count != rows.Count || ids.Distinct().Count() != ids.Count || ids.Any(id => rows.All(r => r.Id != id)))
        {
            return new CareSettingsProblem("ids", $"List each of the workspace's {rows.Count} routing rule id(s) exactly once, in the new order.");
        }

        for (var i = 0; i < ids.Count; i++)
        {
            rows.First(r => r.Id == ids[i]).Order = i + 1;
        }

        await db.SaveChangesAsync(cancellationToken);
        policies.Invalidate(workspaceId);
        return new CareEdit<IReadOnlyList<RoutingRuleDto>>([.. rows.OrderBy(r => r.Order).Select(RoutingRuleDto.From)]);
    }

    private static void Apply(RoutingRuleRow row, RoutingRuleInput input)
    {
        row.Name = input.Name!.Trim();
        row.Enabled = input.Enabled ?? true;
        row.ConditionJson = RoutingConditionDto.Normalised(input.When).ToJson();
        row.TeamId = input.TeamId;
        row.AgentId = input.AgentId;
        row.Method = (int)(input.Method ?? DistributionMethod.RoundRobin);
    }

    private static async Task<CareSettingsProblem?> ValidateAsync(PantauDbContext db, Guid workspaceId, RoutingRuleInput input, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200)
        {
            return new("name", "A name of 1 to 200 characters is required.");
        }

        var target = new RoutingTarget(input.TeamId, input.AgentId, input.Method ?? DistributionMethod.RoundRobin);
        try
        {
            target.Validate();
        }
        catch (ArgumentException error)
        {
            return new(input.TeamId is null && input.AgentId is null ? "teamId" : "agentId", error.Message);
        }

        if (input.TeamId is { } teamId && !await db.Teams.AnyAsync(t => t.WorkspaceId == workspaceId && t.Id == teamId, cancellationToken))
        {
            return new("teamId", "There is no such team in this workspace.");
        }

        if (input.AgentId is { } agentId && !await db.WorkspaceMembers.AnyAsync(m => m.WorkspaceId == workspaceId && m.UserId == agentId && m.Role >= WorkspaceRole.Agent, cancellationToken))
        {
            return new("agentId", "There is no such agent in this workspace.");
        }

        var when = RoutingConditionDto.Normalised(input.When);
        if (when.Languages!.FirstOrDefault(l => !LanguagePattern().IsMatch(l)) is { } language)
        {
            return new("when.languages", $"'{language}' is not a language code such as id, en, jv or su.");
        }

        if (when.Keywords!.Count > MaxKeywords || when.Keywords.Any(k => k.Length > 200))
        {
            return new("when.keywords", $"At most {MaxKeywords} keywords of up to 200 characters.");
        }

        if (when.ToCondition().UnmatchableKeywords() is [var unmatchable, ..])
        {
            return new("when.keywords", $"The keyword '{unmatchable}' has no word in it, so it can never match.");
        }

        var topicIds = when.TopicIds!.ToList();
        var topics = await db.Topics.AsNoTracking().Where(t => t.WorkspaceId == workspaceId && topicIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
        if (topicIds.FirstOrDefault(id => !topics.Contains(id), Guid.Empty) is var topic && (topic != Guid.Empty || topicIds.Contains(Guid.Empty)))
        {
            return new("when.topicIds", $"There is no topic {topic} in this workspace.");
        }

        var sourceIds = when.SourceIds!.ToList();
        var sources = await db.Sources.AsNoTracking().Where(s => s.WorkspaceId == workspaceId && sourceIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
        if (sourceIds.FirstOrDefault(id => !sources.Contains(id), Guid.Empty) is var source && (source != Guid.Empty || sourceIds.Contains(Guid.Empty)))
        {
            return new("when.sourceIds", $"There is no source {source} in this workspace.");
        }

        return null;
    }

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})?$")]
    private static partial Regex LanguagePattern();
}
