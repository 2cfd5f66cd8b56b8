using Pantau.Core.Queries;

namespace Pantau.Core.Alerts;

/// <summary>One thing wrong with an alert rule: the property it is about and why; a bad query keeps its <see cref="QueryError"/> (column and length to underline).</summary>
public sealed record AlertRuleError(string Field, string Message, QueryError? QueryError);
