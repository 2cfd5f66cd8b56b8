using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using Pantau.Core.Posts;
using Pantau.Core.Queries;

namespace Pantau.Benchmarks;

/// <summary>
/// The issue 4 matcher targets: realistic topic queries (<see cref="RealisticTopics"/>), all in one workspace (the
/// worst case: every topic is a candidate for every post), matched against ~40-word posts. <see cref="Match"/> (term
/// pre-filter) and <see cref="MatchEveryQuery"/> (every query evaluated, the baseline) run side by side, so the Ratio
/// column is the pre-filter's gain. Times are per post (OperationsPerInvoke).
/// </summary>
/// <remarks>
/// The brute-force baseline is left out at 100,000 queries (see <see cref="Config"/>): it costs milliseconds per post,
/// so one invocation over the batch takes tens of seconds and a run several minutes, and the question it answers
/// (how many times faster is the pre-filter) is already answered at 10,000. <c>queries-compile</c> prints the same
/// comparison from a console run.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class QueryMatcherBenchmarks
{
    public const int BatchSize = 2_000;
    public const int BruteForceLimit = 10_000;

    private QueryWorkload _workload = null!;

    [Params(100, 1_000, 10_000, 100_000)]
    public int QueryCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workload = QueryWorkload.Create(QueryCount, BatchSize);
        Console.WriteLine("// " + _workload.Describe(crossCheckPosts: QueryCount <= BruteForceLimit ? 200 : 20).Replace("\n", "\n// ", StringComparison.Ordinal));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize, Description = "MatchEveryQuery (no pre-filter), per post")]
    public int MatchEveryQuery()
    {
        var matched = 0;
        foreach (var post in _workload.Posts)
        {
            matched += _workload.Matcher.MatchEveryQuery(post).Count;
        }

        return matched;
    }

    [Benchmark(OperationsPerInvoke = BatchSize, Description = "Match (pre-filtered), per post")]
    public int Match()
    {
        var matched = 0;
        foreach (var post in _workload.Posts)
        {
            matched += _workload.Matcher.Match(post).Count;
        }

        return matched;
    }

    [Benchmark(OperationsPerInvoke = BatchSize, Description = "Normalise + Match, per post")]
    public int NormaliseAndMatch()
    {
        var matched = 0;
        foreach (var raw in _workload.Raw)
        {
            matched += _workload.Matcher.Match(NormalisedPost.From(QueryWorkload.Workspace, QueryWorkload.Source, raw)).Count;
        }

        return matched;
    }

    /// <summary>Drops the brute-force baseline above <see cref="BruteForceLimit"/> queries.</summary>
    private sealed class Config : ManualConfig
    {
        public Config() =>
            AddFilter(new SimpleFilter(b =>
                b.Descriptor.WorkloadMethod.Name != nameof(MatchEveryQuery)
                || b.Parameters["QueryCount"] is not int count
                || count <= BruteForceLimit));
    }
}

/// <summary>Generated topics compiled into one workspace, and a batch of generated posts, normalised once.</summary>
internal sealed class QueryWorkload
{
    public static readonly Guid Workspace = new("6d1f1b5e-3c2a-4b8e-9f00-000000000004");
    public static readonly Guid Source = new("6d1f1b5e-3c2a-4b8e-9f00-0000000000a1");

    private QueryWorkload(RealisticTopics topics, TopicDefinition[] definitions, TopicMatcher matcher, RawPost[] raw, NormalisedPost[] posts)
    {
        Topics = topics;
        Definitions = definitions;
        Matcher = matcher;
        Raw = raw;
        Posts = posts;
    }

    public RealisticTopics Topics { get; }

    public TopicDefinition[] Definitions { get; }

    public TopicMatcher Matcher { get; }

    public RawPost[] Raw { get; }

    public NormalisedPost[] Posts { get; }

    public static QueryWorkload Create(int queryCount, int postCount)
    {
        var topics = RealisticTopics.Generate(queryCount);
        var definitions = topics.Definitions(Workspace);
        var matcher = RealisticTopics.CompileChecked(definitions, topics.Queries);
        var raw = topics.Posts(postCount);
        var posts = raw.Select(p => NormalisedPost.From(Workspace, Source, p)).ToArray();
        return new QueryWorkload(topics, definitions, matcher, raw, posts);
    }

    /// <summary>
    /// What the workload looks like: query sizes, post sizes, how many topics a post matches and how many the
    /// pre-filter makes it evaluate; and whether <see cref="TopicMatcher.Match"/> and
    /// <see cref="TopicMatcher.MatchEveryQuery"/> agree on the first <paramref name="crossCheckPosts"/> posts.
    /// </summary>
    public string Describe(int crossCheckPosts)
    {
        var terms = Topics.TermCounts;
        long matched = 0, candidates = 0, withMatch = 0, tokens = 0;
        foreach (var post in Posts)
        {
            var count = Matcher.Match(post).Count;
            matched += count;
            withMatch += count > 0 ? 1 : 0;
            candidates += MatchScratch.Current.Candidates.Count;
            tokens += post.Tokens.Count;
        }

        var disagreements = 0;
        var checkedPosts = Math.Min(crossCheckPosts, Posts.Length);
        for (var i = 0; i < checkedPosts; i++)
        {
            var fast = Matcher.Match(Posts[i]).Order().ToArray();
            var slow = Matcher.MatchEveryQuery(Posts[i]).Order().ToArray();
            disagreements += fast.SequenceEqual(slow) ? 0 : 1;
        }

        var n = (double)Posts.Length;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"{Topics.Queries.Count:N0} queries in one workspace, {Matcher.Rejected.Count} rejected; terms per query min {terms.Min()}, mean {terms.Average():F1}, max {terms.Max()}\n");
        text.Append(CultureInfo.InvariantCulture,
            $"{Posts.Length:N0} posts, mean {Posts.Average(p => p.Raw.Text.Split(' ').Length):F1} words / {tokens / n:F1} tokens\n");
        text.Append(CultureInfo.InvariantCulture,
            $"mean matched topics per post {matched / n:F3}; posts matching >= 1 topic {withMatch / n:P1}; mean candidate topics evaluated per post (pre-filter) {candidates / n:F1} of {Topics.Queries.Count:N0}\n");
        text.Append(CultureInfo.InvariantCulture,
            $"Match vs MatchEveryQuery on the first {checkedPosts} posts: {disagreements} disagreements\n");
        text.Append("example query: ").Append(Topics.Queries[0]);
        return text.ToString();
    }
}
