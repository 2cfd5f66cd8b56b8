using System.Text.Json;
using Pantau.Core.Care;

namespace Pantau.Server.Care.Settings;

/// <summary>
/// Opening hours per weekday. Stored in <c>CareSettings.OpeningHoursJson</c> as <c>{"Monday":[["08:00","20:00"]], …}</c>
/// (a day that is missing or empty is closed); shown and edited as <c>"08:00-20:00"</c> strings per day.
/// </summary>
public static class OpeningHours
{
    /// <summary>Monday first, as people in Indonesia read a week.</summary>
    public static IReadOnlyList<DayOfWeek> Week { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>Reads the stored JSON; throws <see cref="FormatException"/> naming the day when it does not read.</summary>
    public static Dictionary<DayOfWeek, IReadOnlyList<OpeningInterval>> FromJson(string json)
    {
        Dictionary<string, string[][]>? stored;
        try
        {
            stored = JsonSerializer.Deserialize<Dictionary<string, string[][]>>(string.IsNullOrWhiteSpace(json) ? "{}" : json);
        }
        catch (JsonException error)
        {
            throw new FormatException($"Opening hours are not a JSON object of days: {error.Message}", error);
        }

        var week = new Dictionary<DayOfWeek, IReadOnlyList<OpeningInterval>>();
        foreach (var (name, intervals) in stored ?? [])
        {
            if (!Enum.TryParse<DayOfWeek>(name, ignoreCase: true, out var day) || !Enum.IsDefined(day) || int.TryParse(name, out _))
            {
                throw new FormatException($"'{name}' is not a day of the week.");
            }

            week[day] = Parse(day, (intervals ?? []).Select(pair => pair is [var start, var end] ? $"{start}-{end}" : string.Join("-", pair ?? [])));
        }

        return week;
    }

    public static string ToJson(IReadOnlyDictionary<DayOfWeek, IReadOnlyList<OpeningInterval>> week) =>
        JsonSerializer.Serialize(Week.Where(week.ContainsKey).Where(day => week[day].Count > 0).ToDictionary(
            day => day.ToString(),
            day => week[day].Select(i => i.ToString().Split('-')).ToArray()));

    /// <summary>One day's intervals as "HH:MM-HH:MM" strings, sorted; throws <see cref="FormatException"/> naming the day for a bad or overlapping one.</summary>
    public static IReadOnlyList<OpeningInterval> Parse(DayOfWeek day, IEnumerable<string> intervals)
    {
        var parsed = new List<OpeningInterval>();
        foreach (var text in intervals)
        {
            try
            {
                parsed.Add(OpeningInterval.Parse(text));
            }
            catch (Exception error) when (error is FormatException or ArgumentOutOfRangeException)
            {
                throw new FormatException($"{day}: {error.Message}", error);
            }
        }

        parsed.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var i = 1; i < parsed.Count; i++)
        {
            if (parsed[i].Start < parsed[i - 1].End)
            {
                throw new FormatException($"{day}: {parsed[i - 1]} and {parsed[i]} overlap.");
            }
        }

        return parsed;
    }

    /// <summary>For the API and the UI: every weekday by its camel-case name, closed days with no intervals.</summary>
    public static Dictionary<string, string[]> ToStrings(IReadOnlyDictionary<DayOfWeek, IReadOnlyList<OpeningInterval>> week) =>
        Week.ToDictionary(Key, day => week.TryGetValue(day, out var hours) ? hours.Select(i => i.ToString()).ToArray() : []);

    public static string Key(DayOfWeek day) => JsonNamingPolicy.CamelCase.ConvertName(day.ToString());
}
