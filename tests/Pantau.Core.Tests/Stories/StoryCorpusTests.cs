using System.Globalization;
using Pantau.Core.Stories;

namespace Pantau.Core.Tests.Stories;

/// <summary>
/// Pairwise precision and recall of <see cref="StoryIndex"/> on the generated corpus (<see cref="StoryCorpus"/>): of the
/// pairs of posts put in one story, how many are copies of one original; of the pairs that are, how many were put together.
/// </summary>
public sealed class StoryCorpusTests
{
    private const double Floor = 0.9;

    [Fact]
    public void Pairwise_precision_and_recall_on_the_labelled_corpus_are_at_least_0_9()
    {
        var corpus = StoryCorpus.Generate(originals: 300, maxCopies: 15, seed: 20260512);
        var index = new StoryIndex();
        var workspace = Guid.NewGuid();
        var start = new DateTimeOffset(2026, 5, 12, 8, 0, 0, TimeSpan.Zero);
        var stories = new long[corpus.Count];
        for (var i = 0; i < corpus.Count; i++)
        {
            var post = new StoryPost(workspace, i + 1, "x:" + (i + 1).ToString(CultureInfo.InvariantCulture), start.AddSeconds(i * 5), corpus[i].Text);
            stories[i] = index.Assign(post).StoryId;
        }

        var (precision, recall, predicted, truePairs) = PairwiseScore(stories, [.. corpus.Select(p => p.Label)]);
        var labels = corpus.Select(p => p.Label).Distinct().Count();
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{corpus.Count} posts, {labels} originals, {stories.Distinct().Count()} stories found; pairwise precision {precision:F3} ({predicted} pairs put together), recall {recall:F3} ({truePairs} true pairs)"));
        Assert.True(precision >= Floor, $"precision {precision:F3}");
        Assert.True(recall >= Floor, $"recall {recall:F3}");
    }

    [Fact]
    public void The_corpus_is_the_same_every_time_and_has_hard_negatives()
    {
        var first = StoryCorpus.Generate(originals: 300, maxCopies: 15, seed: 7);
        var second = StoryCorpus.Generate(originals: 300, maxCopies: 15, seed: 7);
        Assert.Equal(first, second);

        var originals = first.Where(p => p.IsOriginal).Select(p => StoryCorpus.Words(p.Text)).ToList();
        Assert.Equal(300, originals.Count);
        var close = 0;
        for (var i = 0; i < originals.Count; i++)
        {
            for (var j = i + 1; j < originals.Count; j++)
            {
                close += StoryCorpus.WordJaccard(originals[i], originals[j]) >= 0.2 ? 1 : 0;
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{close} pairs of different originals share at least a fifth of their words"));
        Assert.True(close >= 50, $"{close} hard negative pairs");
    }

    internal static (double Precision, double Recall, long Predicted, long True) PairwiseScore(IReadOnlyList<long> stories, IReadOnlyList<int> labels)
    {
        static long Pairs(long n) => n * (n - 1) / 2;
        var together = stories.Select((s, i) => (s, labels[i])).GroupBy(x => x).Sum(g => Pairs(g.Count()));
        var predicted = stories.GroupBy(s => s).Sum(g => Pairs(g.Count()));
        var truth = labels.GroupBy(l => l).Sum(g => Pairs(g.Count()));
        return (predicted == 0 ? 1 : (double)together / predicted, truth == 0 ? 1 : (double)together / truth, predicted, truth);
    }
}
