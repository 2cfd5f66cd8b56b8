using BenchmarkDotNet.Attributes;
using Pantau.Connectors.Demo;
using Pantau.Core.Enrichment;
using Pantau.Core.Posts;
using Pantau.Core.Queries;
using Pantau.Core.Text;

namespace Pantau.Benchmarks;

/// <summary>The CPU stages of the pipeline over the whole demo corpus: normalise, match, enrich.</summary>
[MemoryDiagnoser]
public class CorePipelineBenchmarks
{
    private static readonly Guid Workspace = Guid.NewGuid();
    private RawPost[] _posts = [];
    private NormalisedPost[] _normalised = [];
    private TopicMatcher _fiveTopics = TopicMatcher.Empty;
    private TopicMatcher _thousandTopics = TopicMatcher.Empty;
    private readonly ModelEnricher _enricher = new(ShippedModels.Instance, TimeProvider.System);

    [GlobalSetup]
    public void Setup()
    {
        _posts = DemoCorpus.Instance.Posts.Select(p => p.ToRawPost(0, DateTimeOffset.UnixEpoch)).ToArray();
        _normalised = _posts.Select(p => NormalisedPost.From(Workspace, Guid.Empty, p)).ToArray();
        string[] brands = ["nusantel OR nusahome", "\"bank sentosa\" OR \"sentosa mobile\"", "\"kopi senja\"", "\"rajawali air\"", "belanjain*"];
        _fiveTopics = TopicMatcher.Compile(brands.Select(q => new TopicDefinition(Guid.NewGuid(), Workspace, q)));
        _thousandTopics = TopicMatcher.Compile(Enumerable.Range(0, 1000).Select(i =>
            new TopicDefinition(Guid.NewGuid(), Workspace, i < brands.Length ? brands[i] : $"brand{i} OR \"produk{i} baru\" OR #kampanye{i}")));
    }

    [Benchmark(Description = "Tokenise, per corpus")]
    public int Normalise()
    {
        var tokens = 0;
        foreach (var post in _posts)
        {
            tokens += TextNormaliser.Tokenise(post.Text).Count;
        }

        return tokens;
    }

    [Benchmark(Description = "Match 5 topics, per corpus")]
    public int MatchFive() => _normalised.Sum(p => _fiveTopics.Match(p).Count);

    [Benchmark(Description = "Match 1,000 topics, per corpus")]
    public int MatchThousand() => _normalised.Sum(p => _thousandTopics.Match(p).Count);

    [Benchmark(Description = "Enrich, per corpus")]
    public double Enrich() => _normalised.Sum(p => _enricher.Enrich(p).SentimentScore);
}
