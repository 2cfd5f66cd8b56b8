using System.Globalization;
using System.Text;
using Pantau.Core.Analytics;
using Pantau.Core.Enrichment;

namespace Pantau.Server.Analytics;

/// <summary>
/// What a dashboard, an analytics API call, an export or a report counts: a workspace's mentions in a period, narrowed
/// by topics, networks (where the post was written: x, news, blog…), languages, sentiments and intents. An empty list
/// means "all". Spam is left out unless <see cref="IncludeSpam"/>. The same filter is the dashboard's URL
/// (<see cref="ToQueryString"/>, <see cref="TryParse"/>), so a view can be shared.
/// </summary>
public sealed record AnalyticsFilter(Guid WorkspaceId, AnalyticsPeriod Period)
{
    public PeriodPreset Preset { get; init; } = PeriodPreset.Last30Days;

    public IReadOnlyList<Guid> TopicIds { get; init; } = [];

    public IReadOnlyList<string> Networks { get; init; } = [];

    public IReadOnlyList<string> Languages { get; init; } = [];

    public IReadOnlyList<Sentiment> Sentiments { get; init; } = [];

    public IReadOnlyList<Intent> Intents { get; init; } = [];

    public bool IncludeSpam { get; init; }

    /// <summary>Whether panels also show the previous period of the same length.</summary>
    public bool Compare { get; init; } = true;

    public TimeZoneInfo Zone => Period.Zone;

    /// <summary>The same filter over the previous period of the same length.</summary>
    public AnalyticsFilter Previous() => this with { Period = Period.Previous(), Preset = PeriodPreset.Custom };

    private static readonly (string Name, PeriodPreset Preset)[] PresetNames =
    [
        ("today", PeriodPreset.Today), ("yesterday", PeriodPreset.Yesterday), ("7d", PeriodPreset.Last7Days),
        ("30d", PeriodPreset.Last30Days), ("90d", PeriodPreset.Last90Days), ("month", PeriodPreset.ThisMonth),
        ("lastmonth", PeriodPreset.LastMonth), ("custom", PeriodPreset.Custom),
    ];

    public static string PresetName(PeriodPreset preset) => PresetNames.First(p => p.Preset == preset).Name;

    /// <summary>
    /// Reads a filter from query parameters: <c>period</c> (today, yesterday, 7d, 30d, 90d, month, lastmonth, custom;
    /// 30d by default), <c>from</c> and <c>to</c> (local dates yyyy-MM-dd, for custom), <c>topics</c>, <c>networks</c>,
    /// <c>languages</c>, <c>sentiments</c>, <c>intents</c> (comma-separated), <c>spam=include</c> and <c>compare=none</c>.
    /// On a bad value, <paramref name="error"/> names the parameter and says what it takes.
    /// </summary>
    public static bool TryParse(
        Func<string, string?> query, Guid workspaceId, TimeZoneInfo zone, DateTimeOffset now, out AnalyticsFilter filter, out AnalyticsFilterError? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        filter = new AnalyticsFilter(workspaceId, AnalyticsPeriod.FromPreset(PeriodPreset.Last30Days, now, zone));
        error = null;

        var periodName = query("period")?.Trim().ToLowerInvariant();
        var from = query("from");
        var to = query("to");
        var preset = periodName is null or "" ? (from is null ? PeriodPreset.Last30Days : PeriodPreset.Custom) : PeriodPreset.Custom;
        if (periodName is not null and not "")
        {
            var found = PresetNames.FirstOrDefault(p => p.Name == periodName);
            if (found.Name is null)
            {
                error = new("period", "period is one of today, yesterday, 7d, 30d, 90d, month, lastmonth or custom.");
                return false;
            }

            preset = found.Preset;
        }

        AnalyticsPeriod period;
        if (preset == PeriodPreset.Custom)
        {
            if (!TryDay(from, out var first) || !TryDay(to ?? from, out var last))
            {
                error = new(TryDay(from, out _) ? "to" : "from", "A custom period needs from and to as dates, yyyy-MM-dd.");
                return false;
            }

            if (Math.Abs(last.DayNumber - first.DayNumber) >= AnalyticsPeriod.MaxDays)
            {
                error = new("to", $"A period is at most {AnalyticsPeriod.MaxDays} days.");
                return false;
            }

            period = AnalyticsPeriod.FromDays(first, last, zone);
        }
        else
        {
            period = AnalyticsPeriod.FromPreset(preset, now, zone);
        }

        var topics = new List<Guid>();
        foreach (var part in Split(query("topics")))
        {
            if (!Guid.TryParse(part, out var topic))
            {
                error = new("topics", $"'{part}' is not a topic id.");
                return false;
            }

            topics.Add(topic);
        }

        var networks = Split(query("networks")).Select(n => n.ToLowerInvariant()).Where(n => n.Length <= 50).Distinct(StringComparer.Ordinal).ToList();
        var languages = new List<string>();
        foreach (var part in Split(query("languages")))
        {
            var language = EnrichmentNames.Languages.FirstOrDefault(l => string.Equals(l, part, StringComparison.OrdinalIgnoreCase));
            if (language is null)
            {
                error = new("languages", $"'{part}' is not a language; use {string.Join(", ", EnrichmentNames.Languages)}.");
                return false;
            }

            languages.Add(language);
        }

        var sentiments = new List<Sentiment>();
        foreach (var part in Split(query("sentiments")))
        {
            if (!EnrichmentNames.TryParseSentiment(part, out var sentiment))
            {
                error = new("sentiments", $"'{part}' is not a sentiment; use negative, neutral or positive.");
                return false;
            }

            sentiments.Add(sentiment);
        }

        var intents = new List<Intent>();
        foreach (var part in Split(query("intents")))
        {
            if (!EnrichmentNames.TryParseIntent(part, out var intent))
            {
                error = new("intents", $"'{part}' is not an intent; use complaint, question, praise or other.");
                return false;
            }

            intents.Add(intent);
        }

        filter = filter with
        {
            Period = period,
            Preset = preset,
            TopicIds = topics.Distinct().ToList(),
            Networks = networks,
            Languages = languages.Distinct(StringComparer.Ordinal).ToList(),
            Sentiments = sentiments.Distinct().ToList(),
            Intents = intents.Distinct().ToList(),
            IncludeSpam = string.Equals(query("spam"), "include", StringComparison.OrdinalIgnoreCase),
            Compare = !string.Equals(query("compare"), "none", StringComparison.OrdinalIgnoreCase),
        };
        return true;
    }

    /// <summary>The filter as query parameters (without a leading '?'), in the form <see cref="TryParse"/> reads.</summary>
    public string ToQueryString()
    {
        var parts = new List<string> { "period=" + PresetName(Preset) };
        if (Preset == PeriodPreset.Custom)
        {
            parts.Add("from=" + Period.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            parts.Add("to=" + Period.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        Add(parts, "topics", TopicIds.Select(t => t.ToString()));
        Add(parts, "networks", Networks);
        Add(parts, "languages", Languages);
        Add(parts, "sentiments", Sentiments.Select(EnrichmentNames.Name));
        Add(parts, "intents", Intents.Select(EnrichmentNames.Name));
        if (IncludeSpam)
        {
            parts.Add("spam=include");
        }

        if (!Compare)
        {
            parts.Add("compare=none");
        }

        return string.Join('&', parts);
    }

    private static void Add(List<string> parts, string name, IEnumerable<string> values)
    {
        var joined = string.Join(',', values.Select(Uri.EscapeDataString));
        if (joined.Length > 0)
        {
            parts.Add(new StringBuilder(name).Append('=').Append(joined).ToString());
        }
    }

    private static IEnumerable<string> Split(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(100);

    private static bool TryDay(string? value, out DateOnly day) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}

/// <summary>A filter parameter that could not be read, and what it takes.</summary>
public sealed record AnalyticsFilterError(string Parameter, string Message);
