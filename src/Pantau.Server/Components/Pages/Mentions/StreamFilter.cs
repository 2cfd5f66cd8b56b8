using Pantau.Core.Enrichment;
using Pantau.Core.Text;
using Pantau.Server.Mentions;

namespace Pantau.Server.Components.Pages.Mentions;

/// <summary>
/// The stream's filters. The same filter narrows the first page (through <see cref="MentionReader"/>) and the live
/// items, and the live search folds text with the normaliser the stored search text was folded with.
/// </summary>
public sealed record StreamFilter(Guid? TopicId, string? Network, string? Sentiment, string? Search)
{
    public static readonly StreamFilter None = new(null, null, null, null);

    public bool IsEmpty => TopicId is null && Network is null && Sentiment is null && Search is null;

    /// <summary>Reads the filters from the page's query string, ignoring values that mean nothing.</summary>
    public static StreamFilter Parse(string? topic, string? network, string? sentiment, string? search) => new(
        Guid.TryParse(topic, out var topicId) ? topicId : null,
        string.IsNullOrWhiteSpace(network) || network.Length > 50 ? null : network.Trim().ToLowerInvariant(),
        sentiment is not null && MentionEndpoints.TryParseSentiment(sentiment, out _) ? sentiment.ToLowerInvariant() : null,
        string.IsNullOrWhiteSpace(search) ? null : search.Trim()[..Math.Min(search.Trim().Length, 500)]);

    public MentionQuery ToQuery(Guid workspaceId, long? before, int limit)
    {
        Sentiment? sentiment = Sentiment is not null && MentionEndpoints.TryParseSentiment(Sentiment, out var s) ? s : null;
        return new MentionQuery(workspaceId, TopicId, Since: null, Until: null, Sentiment: sentiment, Search: Search, Before: before, Limit: limit, Network: Network);
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

        return Search is null || TextNormaliser.Fold(mention.Text).Contains(TextNormaliser.Fold(Search.Trim()), StringComparison.Ordinal);
    }
}
