using Pantau.Core.Posts;

namespace Pantau.Core.Enrichment;

/// <summary>Enriches a matched post. Pure and thread-safe: the pipeline calls it from several workers.</summary>
public interface IEnricher
{
    /// <summary>The language of a post that did not declare one, for topics that filter with <c>lang:</c>.</summary>
    string IdentifyLanguage(NormalisedPost post);

    Enrichment Enrich(NormalisedPost post);
}
