using System.Text.Json;
using System.Text.Json.Serialization;
using Pantau.Data.Entities;
using Pantau.Server.Localization;

namespace Pantau.Server.Care.Inbox;

/// <summary>Inbox filters saved as JSON (<see cref="SavedView.FilterJson"/>), and a name for one in words.</summary>
public static class SavedViews
{
    public static string Write(InboxFilter filter) => JsonSerializer.Serialize(filter, SavedViewJson.Default.InboxFilter);

    /// <summary>A stored filter; a broken or outdated one reads as the open inbox rather than failing the page.</summary>
    public static InboxFilter Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, SavedViewJson.Default.InboxFilter) ?? new InboxFilter();
        }
        catch (JsonException)
        {
            return new InboxFilter();
        }
    }

    public static string NameFor(InboxFilter filter, UiText text, IReadOnlyList<Topic> topics)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<string>();
        parts.AddRange(filter.Statuses.Select(s => text["care.status." + Cases.CaseStatusNames.Of(s)]));
        parts.AddRange(filter.Priorities.Select(p => text["care.priority." + Cases.CaseStatusNames.Of(p)]));
        parts.AddRange(filter.Sentiments.Select(s => text["sentiment." + Core.Enrichment.EnrichmentNames.Name(s)]));
        parts.AddRange(filter.Languages);
        parts.AddRange(filter.TopicIds.Select(id => topics.FirstOrDefault(t => t.Id == id)?.Name ?? "?"));
        if (filter.Risk)
        {
            parts.Add(text["care.view.risk"]);
        }

        if (filter.BreachingSoon)
        {
            parts.Add(text["care.view.breachingsoon"]);
        }

        if (filter.Unassigned)
        {
            parts.Add(text["care.view.unassigned"]);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            parts.Add($"“{filter.Search}”");
        }

        var name = parts.Count == 0 ? text["care.view.all"] : string.Join(" · ", parts);
        return name.Length <= 100 ? name : name[..100];
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(InboxFilter))]
internal sealed partial class SavedViewJson : JsonSerializerContext;
