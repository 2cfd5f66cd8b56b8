using Pantau.Core.Posts;

namespace Pantau.Core.Enrichment;

/// <summary>Enriches a matched post. Pure and thread-safe: the pipeline calls it from several workers.</summary>
public interface IEnricher
{
    Enrichment Enrich(NormalisedPost post);
}
