using Pantau.Core.Enrichment;
using Pantau.Core.Enrichment.Language;
using Pantau.Core.Text;
using Pantau.Server.Mentions;

namespace Pantau.Server.Components.Pages.Mentions;

/// <summary>
/// The stream's filters. The same filter narrows the first page (through <see cref="MentionReader"/>) and the live
/// items, and the live search folds text with the normaliser the stored search text was folded with. Intent,
/// language and risk are lower-case names as the API spells them; spam is hidden unless <see cref="ShowSpam"/>.
/// </summary>
public sealed record StreamFilter(Guid? TopicId, string? Network, string? Sentiment, string? Search)
{
    public static readonly StreamFilter None = new(null, null, null, null);

    public string? Intent { get; init; }

    public string? Language { get; init; }

    public string? Risk { get; init; }

    /// <summary>Spam is kept but hidden by default; on, spam shows too (marked on its card).</summary>
    public bool ShowSpam { get; init; }

    /// <summary>Published from (inclusive) and until (exclusive): a dashboard's drill-down into a bar or a period.</summary>
    public DateTimeOffset? Since { get; init; }

    public DateTimeOffset? Until { get; init; }

    public bool IsEmpty => TopicId is null && Network is null && Sentiment is null && Search is null
        && Intent is null && Language is null && Risk is null && !ShowSpam && Since is null && Until is null;

    /// <summary>
    /// Reads the filters from the page's query string, ignoring values that mean nothing. Intent, language (one the
    /// model names) and risk (one signal) are read as the API reads them; spam shows only with <c>spam=include</c>.
    /// </summary>
    public static StreamFilter Parse(
        string? topic, string? network, string? sentiment, string? search, string? intent, string? language, string? risk, string? spam,
        string? since = null, string? until = null) => new(
        Guid.TryParse(topic, out var topicId) ? topicId : null,
        string.IsNullOrWhiteSpace(network) || network.Length > 50 ? null : network.Trim().ToLowerInvariant(),
        sentiment is not null && MentionEndpoints.TryParseSentiment(sentiment, out _) ? sentiment.ToLowerInvariant() : null,
        string.IsNullOrWhiteSpace(search) ? null : search.Trim()[..Math.Min(search.Trim().Length, 500)])
    {
        Intent = EnrichmentNames.TryParseIntent(intent, out var i) ? EnrichmentNames.Name(i) : null,
        Language = EnrichmentNames.Languages.FirstOrDefault(l => string.Equals(l, language?.Trim(), StringComparison.OrdinalIgnoreCase)),
        Risk = EnrichmentNames.TryParseRisk(risk, out var r) ? EnrichmentNames.Names(r)[0] : null,
        ShowSpam = MentionEndpoints.TryParseSpam(spam, out var s) && s == SpamFilter.Include,
        Since = Instant(since),
        Until = Instant(until),
    };

    private static DateTimeOffset? Instant(string? value) =>
        DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at) ? at.ToUniversalTime() : null;

    /// <summary>An instant as the address and the API carry it (ISO 8601, UTC).</summary>
    public static string? Format(DateTimeOffset? at) => at?.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

    public MentionQuery ToQuery(Guid workspaceId, long? before, int limit)
    {
        Sentiment? sentiment = Sentiment is not null && MentionEndpoints.TryParseSentiment(Sentiment, out var s) ? s : null;
        Intent? intent = EnrichmentNames.TryParseIntent(Intent, out var i) ? i : null;
        RiskSignals? risk = EnrichmentNames.TryParseRisk(Risk, out var r) ? r : null;
        return new MentionQuery(workspaceId, TopicId, Since: Since, Until: Until, Sentiment: sentiment, Search: Search, Before: before, Limit: limit, Network: Network,
            Spam: ShowSpam ? SpamFilter.Include : SpamFilter.Exclude, Intent: intent, Language: Language, Risk: risk);
    }

    /// <summary>The filter as the mentions API reads it (list and export), without a leading '?'.</summary>
    public string ToApiQuery()
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("topic", TopicId?.ToString());
        Add("network", Network);
        Add("sentiment", Sentiment);
        Add("q", Search);
        Add("intent", Intent);
        Add("lang", Language);
        Add("risk", Risk);
        Add("spam", ShowSpam ? "include" : null);
        Add("since", Format(Since));
        Add("until", Format(Until));
        return string.Join('&', parts);
    }

    /// <summary>Whether a live mention belongs in the filtered stream.</summary>
    public bool Matches(MentionDto mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (TopicId is { } topic && !mention.Topics.Any(t => t.Id == topic))
        {
            return false;
        }

        if (Network is not null && !string.Equals(mention.Network, Network, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (Sentiment is not null && mention.Enrichment.Sentiment != Sentiment)
        {
            return false;
        }

        if ((Since is { } since && mention.PublishedAt < since) || (Until is { } until && mention.PublishedAt >= until))
        {
            return false;
        }

        if (!ShowSpam && mention.Enrichment.IsSpam)
        {
            return false;
        }

        if (Intent is not null && mention.Enrichment.Intent != Intent)
        {
            return false;
        }

        if (Language is not null && !LanguageMatches(mention.Language))
        {
            return false;
        }

        if (Risk is not null && !mention.Enrichment.Risk.Contains(Risk, StringComparer.Ordinal))
        {
            return false;
        }

        return Search is null || TextNormaliser.Fold(mention.Text).Contains(TextNormaliser.Fold(Search.Trim()), StringComparison.Ordinal);
    }

    /// <summary>As <see cref="MentionReader"/> reads it: no language stored counts as undetermined.</summary>
    private bool LanguageMatches(string? language) =>
        string.IsNullOrEmpty(language) ? Language == LanguageIdentifier.Undetermined : string.Equals(language, Language, StringComparison.Ordinal);
}
