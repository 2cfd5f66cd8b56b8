using Microsoft.Extensions.Time.Testing;
using Pantau.Connectors.Abstractions;
using Pantau.Connectors.Demo;
using Pantau.Core.Posts;

namespace Pantau.Connectors.Tests.Demo;

public sealed class DemoConnectorTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));

    private static SourceContext Settings(double speed, bool loop) =>
        Sources.Context(SourceKinds.Demo, FormattableString.Invariant($$"""{"speed":{{speed}},"loop":{{(loop ? "true" : "false")}}}"""));

    private static async Task<List<PostBatch>> ReadAllAsync(IAsyncEnumerable<PostBatch> stream)
    {
        var batches = new List<PostBatch>();
        await foreach (var batch in stream)
        {
            batches.Add(batch);
        }

        return batches;
    }

    private static async Task<List<PostBatch>> TakePostsAsync(IAsyncEnumerable<PostBatch> stream, int posts)
    {
        var batches = new List<PostBatch>();
        var count = 0;
        await foreach (var batch in stream)
        {
            batches.Add(batch);
            count += batch.Posts.Count;
            if (count >= posts)
            {
                break;
            }
        }

        return batches;
    }

    [Fact]
    public void The_connector_is_the_demo_kind()
    {
        Assert.Equal(SourceKinds.Demo, new DemoConnector(_clock, TestCorpus.Evenly(1)).Kind);
    }

    [Fact]
    public async Task At_speed_zero_everything_comes_at_once_in_bounded_batches_with_increasing_cursors()
    {
        var connector = new DemoConnector(_clock, TestCorpus.Evenly(2500));

        var batches = await ReadAllAsync(connector.StreamAsync(Settings(0, loop: false), null, TestContext.Current.CancellationToken)).Soon();

        Assert.Equal([1000, 1000, 500], batches.Select(b => b.Posts.Count));
        Assert.Equal(["0:1000", "0:2000", "0:2500"], batches.Select(b => b.CursorAfter));
        Assert.All(batches, b => Assert.True(b.Posts.Count <= DemoConnector.MaxBatchSize));
        Assert.Equal(Enumerable.Range(0, 2500).Select(i => $"p{i}"), batches.SelectMany(b => b.Posts).Select(p => p.ExternalId));
    }

    [Fact]
    public async Task Posts_carry_the_corpus_fields()
    {
        var corpus = TestCorpus.Of([TestCorpus.Post(0, 0, url: "https://example.test/p0"), TestCorpus.Post(1, 1, inReplyTo: "p0")]);
        var connector = new DemoConnector(_clock, corpus);

        var posts = (await ReadAllAsync(connector.StreamAsync(Settings(0, loop: false), null, TestContext.Current.CancellationToken)).Soon())
            .SelectMany(b => b.Posts).ToList();

        Assert.Equal(2, posts.Count);
        var first = posts[0];
        Assert.Equal(SourceKinds.Demo, first.SourceKind);
        Assert.Equal("x", first.Network);
        Assert.Equal("post nomor 0 tentang telkomsel", first.Text);
        Assert.Equal("https://example.test/p0", first.Url);
        Assert.Equal(new PostAuthor("user0", "User", 100, false), first.Author);
        Assert.Equal("id", first.Language);
        Assert.Equal("ID", first.Country);
        Assert.Equal(_clock.GetUtcNow(), first.PublishedAt);
        Assert.Equal("p0", posts[1].InReplyToExternalId);
    }

    [Fact]
    public async Task Resuming_from_a_cursor_continues_at_that_post_without_repeating_any()
    {
        var connector = new DemoConnector(_clock, TestCorpus.Evenly(2500));

        var batches = await ReadAllAsync(connector.StreamAsync(Settings(0, loop: false), "0:1234", TestContext.Current.CancellationToken)).Soon();

        var ids = batches.SelectMany(b => b.Posts).Select(p => p.ExternalId).ToList();
        Assert.Equal(Enumerable.Range(1234, 2500 - 1234).Select(i => $"p{i}"), ids);
        Assert.Equal(["0:2234", "0:2500"], batches.Select(b => b.CursorAfter));
    }

    [Fact]
    public async Task A_cursor_at_the_end_of_a_pass_without_loop_yields_nothing()
    {
        var connector = new DemoConnector(_clock, TestCorpus.Evenly(10));

        Assert.Empty(await ReadAllAsync(connector.StreamAsync(Settings(0, loop: false), "0:10", TestContext.Current.CancellationToken)).Soon());
    }

    [Fact]
    public async Task Each_further_pass_gives_new_ids_suffixed_with_the_pass()
    {
        var corpus = TestCorpus.Of(
        [
            TestCorpus.Post(0, 0, url: "https://example.test/p0"),
            TestCorpus.Post(1, 1, inReplyTo: "p0"),
            TestCorpus.Post(2, 2),
        ]);
        var connector = new DemoConnector(_clock, corpus);

        var batches = await TakePostsAsync(connector.StreamAsync(Settings(0, loop: true), null, TestContext.Current.CancellationToken), 9).Soon();

        var posts = batches.SelectMany(b => b.Posts).ToList();
        Assert.Equal(["p0", "p1", "p2", "1~p0", "1~p1", "1~p2", "2~p0", "2~p1", "2~p2"], posts.Select(p => p.ExternalId));
        Assert.Equal(["0:3", "1:3", "2:3"], batches.Select(b => b.CursorAfter));
        Assert.Equal("1~p0", posts[4].InReplyToExternalId);
        Assert.Equal("https://example.test/p0?pass=1", posts[3].Url);
        Assert.Equal(posts.Count, posts.Select(p => p.ExternalId).Distinct().Count());
    }

    [Fact]
    public async Task Resuming_a_later_pass_redelivers_exactly_the_ids_of_that_pass()
    {
        var connector = new DemoConnector(_clock, TestCorpus.Evenly(3));

        var batches = await TakePostsAsync(connector.StreamAsync(Settings(0, loop: true), "1:1", TestContext.Current.CancellationToken), 3).Soon();

        Assert.Equal(["1~p1", "1~p2", "2~p0"], batches.SelectMany(b => b.Posts).Select(p => p.ExternalId).Take(3));
    }

    [Fact]
    public async Task At_a_positive_speed_no_post_comes_before_its_time()
    {
        // Offsets 0, 10, 10, 30 seconds replayed twice as fast: due at 0, 5, 5 and 15 seconds.
        var connector = new DemoConnector(_clock, TestCorpus.WithOffsets(0, 10, 10, 30));
        var start = _clock.GetUtcNow();
        await using var stream = connector.StreamAsync(Settings(2, loop: false), null, TestContext.Current.CancellationToken).GetAsyncEnumerator(TestContext.Current.CancellationToken);

        Assert.True(await stream.MoveNextAsync().Soon());
        Assert.Equal(["p0"], stream.Current.Posts.Select(p => p.ExternalId));
        Assert.Equal("0:1", stream.Current.CursorAfter);

        var second = stream.MoveNextAsync().AsTask();
        Assert.False(second.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(4.9));
        await Task.Delay(20, TestContext.Current.CancellationToken);
        Assert.False(second.IsCompleted);

        _clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.True(await second.Soon());
        Assert.Equal(["p1", "p2"], stream.Current.Posts.Select(p => p.ExternalId));
        Assert.Equal("0:3", stream.Current.CursorAfter);
        Assert.All(stream.Current.Posts, p => Assert.Equal(start + TimeSpan.FromSeconds(5), p.PublishedAt));

        var third = stream.MoveNextAsync().AsTask();
        _clock.Advance(TimeSpan.FromSeconds(9.9));
        await Task.Delay(20, TestContext.Current.CancellationToken);
        Assert.False(third.IsCompleted);

        _clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.True(await third.Soon());
        Assert.Equal(["p3"], stream.Current.Posts.Select(p => p.ExternalId));

        Assert.False(await stream.MoveNextAsync().Soon());
    }

    [Fact]
    public async Task Resuming_at_a_positive_speed_keeps_the_rhythm_from_the_resumed_post()
    {
        // Resumed at p1 (offset 10): p1 is due at once, p2 (offset 30) 20 s later at speed 1.
        var connector = new DemoConnector(_clock, TestCorpus.WithOffsets(0, 10, 30));
        await using var stream = connector.StreamAsync(Settings(1, loop: false), "0:1", TestContext.Current.CancellationToken).GetAsyncEnumerator(TestContext.Current.CancellationToken);

        Assert.True(await stream.MoveNextAsync().Soon());
        Assert.Equal(["p1"], stream.Current.Posts.Select(p => p.ExternalId));

        var next = stream.MoveNextAsync().AsTask();
        _clock.Advance(TimeSpan.FromSeconds(19));
        await Task.Delay(20, TestContext.Current.CancellationToken);
        Assert.False(next.IsCompleted);

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await next.Soon());
        Assert.Equal(["p2"], stream.Current.Posts.Select(p => p.ExternalId));
    }

    [Fact]
    public async Task Waiting_for_the_next_post_stops_when_cancelled()
    {
        var connector = new DemoConnector(_clock, TestCorpus.WithOffsets(0, 3600));
        using var cancellation = new CancellationTokenSource();
        await using var stream = connector.StreamAsync(Settings(1, loop: false), null, cancellation.Token).GetAsyncEnumerator(TestContext.Current.CancellationToken);
        Assert.True(await stream.MoveNextAsync().Soon());

        var next = stream.MoveNextAsync().AsTask();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next.Soon());
    }

    [Fact]
    public async Task Invalid_settings_fail_the_stream_with_a_clear_error()
    {
        var connector = new DemoConnector(_clock, TestCorpus.Evenly(3));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => ReadAllAsync(connector.StreamAsync(Settings(-1, loop: false), null, TestContext.Current.CancellationToken)));

        Assert.Contains("'speed'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_cursor_fails_the_stream()
    {
        var connector = new DemoConnector(_clock, TestCorpus.Evenly(3));

        await Assert.ThrowsAsync<FormatException>(() => ReadAllAsync(connector.StreamAsync(Settings(0, loop: false), "garbage", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task The_bundled_corpus_replays_once_at_full_speed_through_the_public_constructor()
    {
        var expected = DemoCorpus.Instance.Posts.Count;
        if (expected == 0)
        {
            Assert.Skip("The bundled demo corpus is empty; DemoCorpusTests says so on CI.");
        }

        var batches = await ReadAllAsync(new DemoConnector(_clock).StreamAsync(Settings(0, loop: false), null, TestContext.Current.CancellationToken)).Soon();

        Assert.All(batches, b => Assert.InRange(b.Posts.Count, 1, DemoConnector.MaxBatchSize));
        Assert.Equal(expected, batches.Sum(b => b.Posts.Count));
        Assert.Equal($"0:{expected}", batches[^1].CursorAfter);
        Assert.Equal(expected, batches.SelectMany(b => b.Posts).Select(p => p.ExternalId).Distinct().Count());
        Assert.All(batches.SelectMany(b => b.Posts), p => Assert.Equal(SourceKinds.Demo, p.SourceKind));
    }

    [Fact]
    public async Task An_empty_corpus_yields_nothing()
    {
        var connector = new DemoConnector(_clock, TestCorpus.Of([]));

        Assert.Empty(await ReadAllAsync(connector.StreamAsync(Settings(0, loop: true), null, TestContext.Current.CancellationToken)).Soon());
    }
}
