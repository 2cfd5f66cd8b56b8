namespace Pantau.Core.Alerts;

/// <summary>A rule left out of a <see cref="CompiledAlertRules"/> because <see cref="AlertRule.Validate"/> found errors.</summary>
public sealed record RejectedAlertRule(Guid RuleId, IReadOnlyList<AlertRuleError> Errors);
