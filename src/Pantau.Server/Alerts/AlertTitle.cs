using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pantau.Server.Alerts;

/// <summary>
/// An alert's line in both UI languages, kept in its facts so that each reader sees it in their own language without
/// the detector running again.
/// </summary>
public sealed record AlertTitle(string Indonesian, string English)
{
    public string In(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Indonesian;

    public void WriteTo(JsonObject facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        facts["title"] = new JsonObject { ["id"] = Indonesian, ["en"] = English };
    }

    public static AlertTitle? From(string factsJson, string fallback)
    {
        try
        {
            if (JsonNode.Parse(factsJson)?["title"] is JsonObject title)
            {
                return new AlertTitle((string?)title["id"] ?? fallback, (string?)title["en"] ?? fallback);
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }
}
