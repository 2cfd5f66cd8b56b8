using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Alerts.Rules;
using Pantau.Server.Api;

namespace Pantau.Server.Alerts.Settings;

/// <summary>A workspace's alert rules: checked as the engine will compile them, and the catalog recompiled after every change.</summary>
public sealed class AlertRuleEditor(IDbContextFactory<PantauDbContext> contexts, AlertRuleCatalog catalog, TimeProvider time)
{
    public const int MaxRulesPerWorkspace = 200;

    public async Task<IReadOnlyList<AlertRuleDto>> ListAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rules = await db.AlertRules.AsNoTracking().Where(r => r.WorkspaceId == workspaceId).OrderBy(r => r.Name).ToListAsync(cancellationToken);
        return [.. rules.Select(AlertRuleDto.From)];
    }

    public async Task<AlertRuleDto?> GetAsync(Guid workspaceId, Guid ruleId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rule = await db.AlertRules.AsNoTracking().FirstOrDefaultAsync(r => r.WorkspaceId == workspaceId && r.Id == ruleId, cancellationToken);
        return rule is null ? null : AlertRuleDto.From(rule);
    }

    public async Task<IResult> CreateAsync(Guid workspaceId, AlertRuleInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.AlertRules.CountAsync(r => r.WorkspaceId == workspaceId, cancellationToken) >= MaxRulesPerWorkspace)
        {
            return ApiProblems.Invalid("name", $"A workspace can have at most {MaxRulesPerWorkspace} alert rules.");
        }

        var now = time.GetUtcNow();
        var rule = new AlertRuleRow { Id = Guid.CreateVersion7(), WorkspaceId = workspaceId, Name = "", ConditionJson = "{}", CreatedAt = now };
        if (await ApplyAsync(db, rule, input, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        db.AlertRules.Add(rule);
        await db.SaveChangesAsync(cancellationToken);
        catalog.Invalidate();
        return TypedResults.Created($"/api/v1/workspaces/{workspaceId}/alert-rules/{rule.Id}", AlertRuleDto.From(rule));
    }

    public async Task<IResult> UpdateAsync(Guid workspaceId, Guid ruleId, AlertRuleInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rule = await db.AlertRules.FirstOrDefaultAsync(r => r.WorkspaceId == workspaceId && r.Id == ruleId, cancellationToken);
        if (rule is null)
        {
            return ApiProblems.NotFound("The alert rule");
        }

        if (await ApplyAsync(db, rule, input, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        await db.SaveChangesAsync(cancellationToken);
        catalog.Invalidate();
        return TypedResults.Ok(AlertRuleDto.From(rule));
    }

    public async Task<IResult> DeleteAsync(Guid workspaceId, Guid ruleId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deleted = await db.AlertRules.Where(r => r.WorkspaceId == workspaceId && r.Id == ruleId).ExecuteDeleteAsync(cancellationToken);
        catalog.Invalidate();
        return deleted == 0 ? ApiProblems.NotFound("The alert rule") : TypedResults.NoContent();
    }

    private async Task<IResult?> ApplyAsync(PantauDbContext db, AlertRuleRow rule, AlertRuleInput input, CancellationToken cancellationToken)
    {
        if (!AlertNames.TryParseSeverity(input.Severity, out var severity))
        {
            return ApiProblems.Invalid("severity", "severity is low, medium, high or critical.");
        }

        var conditions = input.Conditions ?? new AlertRuleConditions();
        if (conditions.UnknownWord() is { } unknown)
        {
            return ApiProblems.Invalid(unknown.Field, unknown.Message);
        }

        var topicIds = (conditions.TopicIds ?? []).Distinct().ToList();
        if (topicIds.Count > 0 && await db.Topics.CountAsync(t => t.WorkspaceId == rule.WorkspaceId && topicIds.Contains(t.Id), cancellationToken) != topicIds.Count)
        {
            return ApiProblems.Invalid("topicIds", "Every topic must be one of this workspace's topics.");
        }

        var listIds = (conditions.AuthorListIds ?? []).Distinct().ToList();
        var lists = await db.AuthorLists.AsNoTracking().Where(l => l.WorkspaceId == rule.WorkspaceId && listIds.Contains(l.Id)).ToListAsync(cancellationToken);
        if (lists.Count != listIds.Count)
        {
            return ApiProblems.Invalid("authorListIds", "Every author list must be one of this workspace's author lists.");
        }

        rule.Name = input.Name?.Trim() ?? "";
        if (rule.Name.Length > 200)
        {
            return ApiProblems.Invalid("name", "The name is at most 200 characters.");
        }

        rule.Severity = (int)severity;
        rule.Enabled = input.Enabled ?? true;
        var core = conditions.ToRule(rule, lists.ToDictionary(l => l.Id, l => new Core.Alerts.AuthorList(l.Name, l.Handles.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))));
        if (core.Validate() is [var error, ..])
        {
            var field = char.ToLowerInvariant(error.Field[0]) + error.Field[1..];
            return ApiProblems.Invalid(field, error.Message, error.QueryError is { } query
                ? new Dictionary<string, object?> { ["column"] = query.Column, ["length"] = query.Length }
                : null);
        }

        rule.ConditionJson = conditions.ToJson();
        rule.UpdatedAt = time.GetUtcNow();
        return null;
    }
}
