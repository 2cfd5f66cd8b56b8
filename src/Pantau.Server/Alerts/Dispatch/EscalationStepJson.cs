using System.Text.Json;
using Pantau.Core.Alerts;

namespace Pantau.Server.Alerts.Dispatch;

/// <summary>One escalation step as <see cref="Data.Entities.AlertSettings.EscalationJson"/> stores it: <c>{"afterMinutes":15,"channelId":"…"}</c>.</summary>
public sealed record EscalationStepJson(int AfterMinutes, Guid ChannelId)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<EscalationStepJson> ListFromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<EscalationStepJson>>(json, Json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static string ListToJson(IEnumerable<EscalationStepJson> steps) => JsonSerializer.Serialize(steps, Json);

    /// <summary>The Core policy; a step's recipient is its channel id. Step indexes are those of the policy (ordered by delay).</summary>
    public static EscalationPolicy Policy(string? json) =>
        new(ListFromJson(json).Select(s => new EscalationStep(TimeSpan.FromMinutes(s.AfterMinutes), s.ChannelId.ToString())));
}
