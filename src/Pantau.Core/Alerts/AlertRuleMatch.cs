namespace Pantau.Core.Alerts;

/// <summary>A rule a mention matched, and the author list that put it there (null when the rule has none).</summary>
public sealed record AlertRuleMatch(AlertRule Rule, long MentionId, string? AuthorList);
