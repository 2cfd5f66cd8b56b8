using System.Collections.Frozen;
using System.Text.Json;
using Pantau.Core.Care;

namespace Pantau.Server.Care.Settings;

/// <summary>
/// A routing rule's condition as stored in <c>RoutingRuleRow.ConditionJson</c> and sent over the API:
/// <c>{"topicIds":[],"languages":[],"sourceIds":[],"keywords":[]}</c>. An empty or missing list does not constrain.
/// </summary>
public sealed record RoutingConditionDto(IReadOnlyList<Guid>? TopicIds, IReadOnlyList<string>? Languages, IReadOnlyList<Guid>? SourceIds, IReadOnlyList<string>? Keywords)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RoutingConditionDto Empty { get; } = new([], [], [], []);

    public static RoutingConditionDto FromJson(string json) =>
        Normalised(JsonSerializer.Deserialize<RoutingConditionDto>(string.IsNullOrWhiteSpace(json) ? "{}" : json, Json));

    public string ToJson() => JsonSerializer.Serialize(Normalised(this), Json);

    public RoutingCondition ToCondition() => new(
        (TopicIds ?? []).ToFrozenSet(),
        (Languages ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        (SourceIds ?? []).ToFrozenSet(),
        [.. Keywords ?? []]);

    /// <summary>Lists never null, blanks dropped, duplicates removed, order kept.</summary>
    public static RoutingConditionDto Normalised(RoutingConditionDto? condition) => new(
        [.. (condition?.TopicIds ?? []).Distinct()],
        [.. (condition?.Languages ?? []).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim().ToLowerInvariant()).Distinct()],
        [.. (condition?.SourceIds ?? []).Distinct()],
        [.. (condition?.Keywords ?? []).Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)]);
}
