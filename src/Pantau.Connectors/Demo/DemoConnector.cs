using System.Runtime.CompilerServices;
using Pantau.Connectors.Abstractions;
using Pantau.Core.Posts;

namespace Pantau.Connectors.Demo;

/// <summary>
/// Replays the bundled corpus with its recorded rhythm, <see cref="DemoSettings.Speed"/> times faster, and loops.
/// Each pass gives the posts new ids (<see cref="DemoPost.ToRawPost"/>) so a looping demo keeps producing new mentions, while a
/// resumed pass re-delivers exactly the ids it delivered before.
/// </summary>
public sealed class DemoConnector : IStreamConnector
{
    /// <summary>Largest batch handed to the pipeline at once; full-speed replay fills it, real-time replay rarely does.</summary>
    public const int MaxBatchSize = 1000;

    private readonly TimeProvider _clock;
    private readonly DemoCorpus _corpus;

    public DemoConnector(TimeProvider clock)
        : this(clock, DemoCorpus.Instance)
    {
    }

    /// <summary>Replays another corpus; for tests, which need a small one with a known rhythm.</summary>
    internal DemoConnector(TimeProvider clock, DemoCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(corpus);
        _clock = clock;
        _corpus = corpus;
    }

    public string Kind => SourceKinds.Demo;

    public async IAsyncEnumerable<PostBatch> StreamAsync(SourceContext source, string? cursor, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var settings = DemoSettings.From(source.Settings);
        var position = DemoCursor.Parse(cursor);
        var posts = _corpus.Posts;
        if (posts.Count == 0)
        {
            yield break;
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            // Resuming mid-pass continues the rhythm from the post where it stopped.
            var passStartOffset = position.Next < posts.Count ? posts[position.Next].OffsetSeconds : 0;
            var replayStart = _clock.GetUtcNow();
            while (position.Next < posts.Count)
            {
                var batch = new List<RawPost>();
                var now = _clock.GetUtcNow();
                while (position.Next < posts.Count && batch.Count < MaxBatchSize)
                {
                    var post = posts[position.Next];
                    if (settings.Speed > 0 && replayStart + ReplayDelay(post.OffsetSeconds - passStartOffset, settings.Speed) > now)
                    {
                        break;
                    }

                    batch.Add(post.ToRawPost(position.Pass, now));
                    position = position with { Next = position.Next + 1 };
                }

                if (batch.Count > 0)
                {
                    yield return new PostBatch(batch, position.ToString(), TimeSpan.Zero);
                    continue;
                }

                var due = replayStart + ReplayDelay(posts[position.Next].OffsetSeconds - passStartOffset, settings.Speed);
                await Task.Delay(Max(due - _clock.GetUtcNow(), TimeSpan.FromMilliseconds(1)), _clock, cancellationToken);
            }

            if (!settings.Loop)
            {
                yield break;
            }

            position = new DemoCursor(position.Pass + 1, 0);
        }
    }

    private static TimeSpan ReplayDelay(double offsetSeconds, double speed) => TimeSpan.FromSeconds(Math.Max(0, offsetSeconds) / speed);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

}
