using System.Collections.Frozen;
using System.Text.Json;
using Pantau.Core.Alerts;
using Pantau.Core.Enrichment;
using Pantau.Data.Entities;
using AuthorList = Pantau.Core.Alerts.AuthorList;

namespace Pantau.Server.Alerts.Rules;

/// <summary>
/// A rule's conditions as the API writes them and <see cref="AlertRuleRow.ConditionJson"/> stores them. Author lists are
/// named by id; the catalog resolves them to their handles when it compiles.
/// </summary>
public sealed record AlertRuleConditions
{
    public IReadOnlyList<Guid>? TopicIds { get; init; }
    public string? Query { get; init; }
    public IReadOnlyList<string>? Sentiments { get; init; }
    public IReadOnlyList<string>? Intents { get; init; }

    /// <summary><c>legal</c>, <c>viral</c>, <c>safety</c>: any of them.</summary>
    public IReadOnlyList<string>? Risk { get; init; }

    public IReadOnlyList<string>? SourceKinds { get; init; }
    public IReadOnlyList<string>? Languages { get; init; }
    public long? MinReach { get; init; }
    public double? MinImpact { get; init; }
    public IReadOnlyList<Guid>? AuthorListIds { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static AlertRuleConditions FromJson(string json) => JsonSerializer.Deserialize<AlertRuleConditions>(json, Json) ?? new AlertRuleConditions();

    /// <summary>The first word that is not a known sentiment, intent or risk signal, with its field; null when all are known.</summary>
    public (string Field, string Message)? UnknownWord()
    {
        foreach (var s in Sentiments ?? [])
        {
            if (!EnrichmentNames.TryParseSentiment(s, out _))
            {
                return ("sentiments", $"'{s}' is not a sentiment (positive, neutral, negative).");
            }
        }

        foreach (var i in Intents ?? [])
        {
            if (!EnrichmentNames.TryParseIntent(i, out _))
            {
                return ("intents", $"'{i}' is not an intent (complaint, question, praise, other).");
            }
        }

        foreach (var r in Risk ?? [])
        {
            if (RiskOf(r) == RiskSignals.None)
            {
                return ("risk", $"'{r}' is not a risk signal (legal, viral, safety).");
            }
        }

        return null;
    }

    /// <summary>The Core rule, with the author lists it names.</summary>
    public AlertRule ToRule(AlertRuleRow row, IReadOnlyDictionary<Guid, AuthorList> lists)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(lists);
        return new AlertRule(row.Id, row.WorkspaceId, row.Name, (AlertSeverity)row.Severity)
        {
            TopicIds = (TopicIds ?? []).ToFrozenSet(),
            Query = string.IsNullOrWhiteSpace(Query) ? null : Query,
            Sentiments = (Sentiments ?? []).Select(s => EnrichmentNames.TryParseSentiment(s, out var v) ? (Sentiment?)v : null).OfType<Sentiment>().ToFrozenSet(),
            Intents = (Intents ?? []).Select(s => EnrichmentNames.TryParseIntent(s, out var v) ? (Intent?)v : null).OfType<Intent>().ToFrozenSet(),
            Risk = (Risk ?? []).Aggregate(RiskSignals.None, (all, r) => all | RiskOf(r)),
            SourceKinds = (SourceKinds ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            Languages = (Languages ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            MinReach = MinReach,
            MinImpact = MinImpact,
            AuthorLists = (AuthorListIds ?? []).Select(id => lists.GetValueOrDefault(id)).OfType<AuthorList>().ToList(),
        };
    }

    public static RiskSignals RiskOf(string? word) => word?.Trim().ToLowerInvariant() switch
    {
        "legal" => RiskSignals.Legal,
        "viral" => RiskSignals.Viral,
        "safety" => RiskSignals.Safety,
        _ => RiskSignals.None,
    };
}
