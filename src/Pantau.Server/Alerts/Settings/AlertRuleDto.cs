using Pantau.Data.Entities;
using Pantau.Server.Alerts.Rules;

namespace Pantau.Server.Alerts.Settings;

public sealed record AlertRuleDto(Guid Id, string Name, string Severity, bool Enabled, AlertRuleConditions Conditions, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static AlertRuleDto From(AlertRuleRow r) =>
        new(r.Id, r.Name, AlertNames.Severity(r.Severity), r.Enabled, AlertRuleConditions.FromJson(r.ConditionJson), r.CreatedAt, r.UpdatedAt);
}

/// <summary>A rule as written: the whole rule on create and on update.</summary>
public sealed record AlertRuleInput(string? Name, string? Severity, bool? Enabled, AlertRuleConditions? Conditions);
