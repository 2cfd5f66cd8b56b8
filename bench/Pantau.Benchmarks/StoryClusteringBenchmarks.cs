using System.Globalization;
using BenchmarkDotNet.Attributes;
using Pantau.Core.Stories;
using Pantau.Core.Tests.Stories;
using Pantau.Core.Text;

namespace Pantau.Benchmarks;

/// <summary>
/// Story assignment of a stream of ~20,000 posts generated like the story tests' corpus (every usable original of the
/// project's posts with 0–18 edited copies each, shuffled) into an empty <see cref="StoryIndex"/>, per post.
/// <see cref="Assign"/> is given the tokens, as the pipeline has them; <see cref="TokeniseAndAssign"/> tokenises too.
/// </summary>
[MemoryDiagnoser]
public class StoryClusteringBenchmarks
{
    private const int StreamLength = 20_000;

    private StoryPost[] _posts = [];

    [GlobalSetup]
    public void Setup()
    {
        var corpus = StoryCorpus.Generate(originals: 5_000, maxCopies: 18, seed: 42);
        var workspaces = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var start = new DateTimeOffset(2026, 5, 12, 0, 0, 0, TimeSpan.Zero);
        _posts = new StoryPost[StreamLength];
        for (var i = 0; i < StreamLength; i++)
        {
            // Past the corpus, the stream starts over in the other workspace (its stories are new there).
            var text = corpus[i % corpus.Count].Text;
            _posts[i] = new StoryPost(workspaces[i / corpus.Count % 2], i + 1, "x:" + i.ToString(CultureInfo.InvariantCulture), start.AddSeconds(i), text)
            {
                Tokens = TextNormaliser.Tokenise(text),
            };
        }

        var index = new StoryIndex();
        var stories = 0;
        foreach (var post in _posts)
        {
            stories += index.Assign(post).IsNewStory ? 1 : 0;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// {_posts.Length} posts ({corpus.Count} in the corpus), {stories} stories"));
    }

    [Benchmark(OperationsPerInvoke = StreamLength, Description = "Assign (tokens given), per post")]
    public long Assign()
    {
        var index = new StoryIndex();
        long sum = 0;
        foreach (var post in _posts)
        {
            sum += index.Assign(post).StoryId;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = StreamLength, Description = "Tokenise + Assign, per post")]
    public long TokeniseAndAssign()
    {
        var index = new StoryIndex();
        long sum = 0;
        foreach (var post in _posts)
        {
            sum += index.Assign(post with { Tokens = null }).StoryId;
        }

        return sum;
    }
}
