using System.Globalization;
using System.Runtime.CompilerServices;
using Pantau.Connectors.Abstractions;
using Pantau.Core.Posts;

namespace Pantau.Connectors.Demo;

/// <summary>
/// Replays the bundled corpus with its recorded rhythm, <see cref="DemoSettings.Speed"/> times faster, and loops.
/// Each pass gives the posts new ids (<c>2~d00042</c>; the pass first, so that a pass's ids sort together in the index) so a looping demo keeps producing new mentions, while a
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

                    batch.Add(ToRawPost(post, position.Pass, now));
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

    private static string PassId(string id, int pass) =>
        pass == 0 ? id : string.Create(CultureInfo.InvariantCulture, $"{pass}~{id}");

    private static RawPost ToRawPost(DemoPost post, int pass, DateTimeOffset now) => new()
    {
        SourceKind = SourceKinds.Demo,
        ExternalId = PassId(post.Id, pass),
        Network = post.Network,
        PublishedAt = now,
        Text = post.Text,
        Title = post.Title,
        Url = post.Url is null ? null : pass == 0 ? post.Url : string.Create(CultureInfo.InvariantCulture, $"{post.Url}?pass={pass}"),
        Author = new PostAuthor(post.Author.Handle, post.Author.Name, post.Author.Followers, post.Author.Verified),
        Language = post.Lang,
        Country = post.Country,
        InReplyToExternalId = post.InReplyTo is null ? null : PassId(post.InReplyTo, pass),
        RepostOfExternalId = post.RepostOf is null ? null : PassId(post.RepostOf, pass),
        QuoteOfExternalId = post.QuoteOf is null ? null : PassId(post.QuoteOf, pass),
        Engagement = new PostEngagement(post.Likes, post.Shares, post.Replies),
    };
}
