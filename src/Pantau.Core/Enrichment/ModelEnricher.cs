using System.Collections.Frozen;
using Pantau.Core.Posts;

namespace Pantau.Core.Enrichment;

/// <summary>
/// The enricher of the pipeline: the trained models (a workspace's own, where its agents' corrections were
/// trained in), risk signals, reach and impact. Reads each post once.
/// </summary>
public sealed class ModelEnricher(EnrichmentModels models, TimeProvider clock, IReadOnlyDictionary<Guid, EnrichmentModels>? workspaceModels = null) : IEnricher
{
    private readonly FrozenDictionary<Guid, EnrichmentModels> _workspaceModels = (workspaceModels ?? new Dictionary<Guid, EnrichmentModels>()).ToFrozenDictionary();

    public EnrichmentModels ModelsFor(Guid workspaceId) => _workspaceModels.GetValueOrDefault(workspaceId) ?? models;

    public string IdentifyLanguage(NormalisedPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var m = ModelsFor(post.WorkspaceId);
        return m.Language.Identify(m.ReadShared(post.Raw.Text, post.Tokens, post.Raw.Title, post.TitleTokens)).Language;
    }

    public Enrichment Enrich(NormalisedPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var raw = post.Raw;
        var m = ModelsFor(post.WorkspaceId);
        var analysis = m.Analyze(m.ReadShared(raw.Text, post.Tokens, raw.Title, post.TitleTokens), raw.Language);
        var risk = RiskDetector.Detect(post.Tokens).Signals | (post.TitleTokens.Count > 0 ? RiskDetector.Detect(post.TitleTokens).Signals : RiskSignals.None);
        var reach = ReachEstimate.For(raw);
        var sentiment = analysis.Sentiment;
        var impact = ImpactScore.Compute(reach, raw.Engagement, raw.PublishedAt, clock.GetUtcNow(), sentiment.Score, risk);
        return new Enrichment(analysis.Language.Language, sentiment.Sentiment, sentiment.Score, analysis.Intent, analysis.IsSpam, reach, impact, sentiment.Explanation)
        {
            Risk = risk,
            SpamScore = Math.Round(analysis.SpamScore, 3),
        };
    }
}
