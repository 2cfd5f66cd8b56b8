using System.Globalization;
using System.Text.Json;
using MudBlazor;
using Pantau.Server.Localization;

namespace Pantau.Server.Components.Pages.Alerts;

/// <summary>How alerts look everywhere (bar, list, detail, crisis room): one colour per severity, one icon per kind.</summary>
public static class AlertLook
{
    public static readonly IReadOnlyList<string> Severities = ["critical", "high", "medium", "low"];

    /// <summary>The CSS class of a severity chip; the colours live in app.css (.sev-*), the same in light and dark mode.</summary>
    public static string SeverityClass(string severity) => "sev-chip sev-" + (Severities.Contains(severity) ? severity : "low");

    public static string KindIcon(string kind) => kind switch
    {
        "spike" => Icons.Material.Filled.ShowChart,
        "story" => Icons.Material.Filled.Share,
        _ => Icons.Material.Filled.Rule,
    };

    /// <summary>The facts worth showing, as (label, value) pairs: known ones named, other plain values as they are.</summary>
    public static IReadOnlyList<(string Label, string Value)> Facts(JsonElement facts, UiText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<(string, string)>();
        if (facts.ValueKind != JsonValueKind.Object)
        {
            return rows;
        }

        foreach (var property in facts.EnumerateObject())
        {
            if (property.Name is "title" || property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null)
            {
                continue;
            }

            var key = "alerts.fact." + property.Name;
            var label = text[key];
            rows.Add((label == key ? property.Name : label, Value(property.Name, property.Value, text)));
        }

        return rows;
    }

    private static string Value(string name, JsonElement value, UiText text)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number))
        {
            return name switch
            {
                "ratio" or "growth" => number.ToString("0.#", CultureInfo.CurrentCulture) + "×",
                "window" or "windowSeconds" => Shared.Display.Duration(number, text),
                "windowMinutes" => Shared.Display.Duration(number * 60, text),
                _ => number.ToString(number % 1 == 0 ? "N0" : "N1", CultureInfo.CurrentCulture),
            };
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => "✓",
            JsonValueKind.False => "–",
            _ => value.ToString(),
        };
    }
}
