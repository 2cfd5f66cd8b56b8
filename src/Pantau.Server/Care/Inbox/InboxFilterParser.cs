using System.Globalization;
using Pantau.Core.Care;
using Pantau.Core.Enrichment;
using Pantau.Server.Care.Cases;

namespace Pantau.Server.Care.Inbox;

/// <summary>Reads the inbox filter from query-string values (the API and the inbox page's URL use the same names).</summary>
public static class InboxFilterParser
{
    /// <summary>The filter, or the name of the parameter that is wrong and why.</summary>
    public static (InboxFilter? Filter, string? Field, string? Error) Parse(Func<string, string?> get, Guid? viewer)
    {
        ArgumentNullException.ThrowIfNull(get);
        var filter = new InboxFilter();
        if (get("view") is { Length: > 0 } viewText)
        {
            if (!Enum.TryParse<InboxView>(viewText.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var view))
            {
                return (null, "view", "view is all, mine, unassigned, breaching-soon, risk or awaiting-approval.");
            }

            filter = InboxQuery.ForView(view, viewer);
        }

        var statuses = new List<CaseStatus>();
        foreach (var text in List(get("status")))
        {
            if (!CaseStatusNames.TryParse(text, out CaseStatus status))
            {
                return (null, "status", "status is new, open, pending, resolved or closed (comma-separated).");
            }

            statuses.Add(status);
        }

        var priorities = new List<CasePriority>();
        foreach (var text in List(get("priority")))
        {
            if (!CaseStatusNames.TryParse(text, out CasePriority priority))
            {
                return (null, "priority", "priority is low, normal, high or urgent (comma-separated).");
            }

            priorities.Add(priority);
        }

        var sentiments = new List<Sentiment>();
        foreach (var text in List(get("sentiment")))
        {
            if (!EnrichmentNames.TryParseSentiment(text, out var sentiment))
            {
                return (null, "sentiment", "sentiment is negative, neutral or positive (comma-separated).");
            }

            sentiments.Add(sentiment);
        }

        if (!TryGuids(get("topic"), out var topics) || !TryGuids(get("source"), out var sources))
        {
            return (null, "topic", "topic and source take ids (comma-separated).");
        }

        Guid? assignee = filter.AssigneeId;
        var unassigned = filter.Unassigned;
        switch (get("assignee"))
        {
            case null or "":
                break;
            case "me":
                assignee = viewer ?? Guid.Empty;
                break;
            case "none":
                unassigned = true;
                break;
            case var text when Guid.TryParse(text, out var id):
                assignee = id;
                break;
            default:
                return (null, "assignee", "assignee is me, none or a user id.");
        }

        Guid? team = null;
        if (get("team") is { Length: > 0 } teamText)
        {
            if (!Guid.TryParse(teamText, out var teamId))
            {
                return (null, "team", "team takes a team id.");
            }

            team = teamId;
        }

        var sort = InboxSort.Priority;
        if (get("sort") is { Length: > 0 } sortText && !Enum.TryParse(sortText, ignoreCase: true, out sort))
        {
            return (null, "sort", "sort is priority, oldest or newest.");
        }

        return (filter with
        {
            Statuses = statuses.Count > 0 ? statuses : filter.Statuses,
            Priorities = priorities,
            Sentiments = sentiments,
            TopicIds = topics,
            SourceIds = sources,
            Languages = [.. List(get("language")).Select(l => l.ToLowerInvariant())],
            AssigneeId = assignee,
            Unassigned = unassigned,
            TeamId = team ?? filter.TeamId,
            Tag = get("tag") ?? filter.Tag,
            Search = get("q") ?? filter.Search,
            Sort = sort,
        }, null, null);
    }

    private static string[] List(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool TryGuids(string? value, out IReadOnlyList<Guid> ids)
    {
        var list = new List<Guid>();
        foreach (var text in List(value))
        {
            if (!Guid.TryParse(text, CultureInfo.InvariantCulture, out var id))
            {
                ids = [];
                return false;
            }

            list.Add(id);
        }

        ids = list;
        return true;
    }
}
