using System.Collections.Frozen;
using Pantau.Core.Enrichment;
using Pantau.Core.Queries;

namespace Pantau.Core.Alerts;

/// <summary>
/// A workspace's standing question "tell me when a mention like this arrives". An empty condition does not constrain; every
/// non-empty one must hold (AND), and within one any value will do (OR): one of the topics, one of the sentiments, any of the
/// <see cref="Risk"/> flags, one of the author lists. <see cref="Query"/> is written in the listening query language
/// (docs/queries.md) and matched on the post's text the way topics are.
/// </summary>
public sealed record AlertRule(Guid Id, Guid WorkspaceId, string Name, AlertSeverity Severity)
{
    public IReadOnlySet<Guid> TopicIds { get; init; } = FrozenSet<Guid>.Empty;

    public string? Query { get; init; }

    public IReadOnlySet<Sentiment> Sentiments { get; init; } = FrozenSet<Sentiment>.Empty;

    public IReadOnlySet<Intent> Intents { get; init; } = FrozenSet<Intent>.Empty;

    /// <summary>Holds when the mention carries any of these flags; <see cref="RiskSignals.None"/> does not constrain.</summary>
    public RiskSignals Risk { get; init; }

    public IReadOnlySet<string> SourceKinds { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Language codes, matched case-insensitively and on the primary subtag ("id" holds for "id-ID").</summary>
    public IReadOnlySet<string> Languages { get; init; } = FrozenSet<string>.Empty;

    public long? MinReach { get; init; }

    public double? MinImpact { get; init; }

    /// <summary>Holds when the author is on any of these lists.</summary>
    public IReadOnlyList<AuthorList> AuthorLists { get; init; } = [];

    /// <summary>What is wrong with the rule, for the editor; empty when it can be compiled.</summary>
    public IReadOnlyList<AlertRuleError> Validate()
    {
        var errors = new List<AlertRuleError>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add(new AlertRuleError(nameof(Name), "The rule needs a name", null));
        }

        if (!string.IsNullOrWhiteSpace(Query) && !QueryParser.TryParse(Query, out _, out var queryError))
        {
            errors.Add(new AlertRuleError(nameof(Query), queryError!.Message, queryError));
        }

        if (MinReach < 0)
        {
            errors.Add(new AlertRuleError(nameof(MinReach), "The minimum reach cannot be negative", null));
        }

        if (MinImpact is < 0 or double.NaN)
        {
            errors.Add(new AlertRuleError(nameof(MinImpact), "The minimum impact must be a number of zero or more", null));
        }

        foreach (var list in AuthorLists ?? [])
        {
            if (list.Handles.Count > 0 && list.Handles.All(handle => AuthorList.Canonical(handle).Length == 0))
            {
                errors.Add(new AlertRuleError(nameof(AuthorLists), $"The author list '{list.Name}' has no handles", null));
            }
        }

        return errors;
    }
}
