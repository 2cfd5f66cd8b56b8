using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Pantau.Connectors.Abstractions;
using Pantau.Connectors.Demo;
using Pantau.Core.Posts;

namespace Pantau.Connectors.Tests.Demo;

public sealed class DemoReplyTests
{
    private static readonly PostAuthor Customer = new("rio_hara", "Rio Harahap", 441);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static SourceContext Source(double speed = 1, bool loop = false, double replyAnswerSeconds = 20) =>
        Sources.Context(SourceKinds.Demo, string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"speed":{{speed}},"loop":{{(loop ? "true" : "false")}},"replyAnswerSeconds":{{replyAnswerSeconds}}}"""));

    private static ReplyRequest Request(
        string key = "case-1/reply-1",
        string text = "Halo kak, mohon maaf atas kendalanya. Coba restart modemnya ya.",
        string network = "x",
        ReplyVisibility visibility = ReplyVisibility.Public,
        string? language = "id",
        string inReplyTo = "p0") =>
        new(inReplyTo, null, text, visibility, key, Customer, language, network);

    /// <summary>A connector whose corpus has a post now and the next an hour later, so waits in tests are for answers.</summary>
    private DemoConnector Connector() => new(_clock, TestCorpus.WithOffsets(0, 3600));

    /// <summary>Lets the stream's background continuation arm its timer before the fake clock moves on.</summary>
    private static Task Settle() => Task.Delay(30, Token);

    [Theory]
    [InlineData("x", true, 280)]
    [InlineData("facebook", true, 2200)]
    [InlineData("instagram", true, 2200)]
    [InlineData("youtube", false, 2200)]
    [InlineData("reddit", false, 2200)]
    [InlineData("mastodon", false, 2200)]
    [InlineData("feed", false, 2200)]
    [InlineData("email", false, 2200)]
    public void Capabilities_per_network_are_public_everywhere_private_on_x_facebook_and_instagram(string network, bool privately, int maxLength)
    {
        // Through the interface: the connector's own answer replaces the interface's per-source default.
        var connector = (IReplyConnector)Connector();

        Assert.Equal(new ReplyCapabilities(Public: true, privately, maxLength), connector.ReplyCapabilities(Source(), network));
    }

    [Fact]
    public void Capabilities_of_the_whole_source_are_the_most_any_network_allows()
    {
        Assert.Equal(new ReplyCapabilities(Public: true, Private: true, 2200), Connector().ReplyCapabilities(Source()));
    }

    [Fact]
    public void The_demo_connector_is_still_a_stream_connector()
    {
        ISourceConnector connector = Connector();

        Assert.IsAssignableFrom<IStreamConnector>(connector);
        Assert.IsAssignableFrom<IReplyConnector>(connector);
    }

    [Theory]
    [InlineData("x", 281, "280")]
    [InlineData("facebook", 2201, "2200")]
    [InlineData("youtube", 2201, "2200")]
    public async Task A_reply_longer_than_the_network_allows_is_rejected_permanently_naming_the_limit(string network, int length, string limit)
    {
        var text = new string('a', length);

        var error = await Assert.ThrowsAsync<ReplyRejectedException>(() => Connector().ReplyAsync(Source(), Request(text: text, network: network), Token));

        Assert.True(error.Permanent);
        Assert.Null(error.RetryAfter);
        Assert.Contains($"at most {limit} characters", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(text, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_limit_counts_characters_not_utf16_units()
    {
        // 280 emoji are 560 UTF-16 code units but 280 characters: they fit on X; one more does not.
        var connector = Connector();

        await connector.ReplyAsync(Source(), Request(key: "k1", text: string.Concat(Enumerable.Repeat("🙏", 280))), Token);
        var error = await Assert.ThrowsAsync<ReplyRejectedException>(() => connector.ReplyAsync(Source(), Request(key: "k2", text: string.Concat(Enumerable.Repeat("🙏", 281))), Token));

        Assert.Contains("281 characters", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    public async Task An_empty_reply_is_rejected_permanently(string text)
    {
        var error = await Assert.ThrowsAsync<ReplyRejectedException>(() => Connector().ReplyAsync(Source(), Request(text: text), Token));

        Assert.True(error.Permanent);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_private_reply_where_the_network_has_no_direct_messages_is_rejected_permanently()
    {
        var error = await Assert.ThrowsAsync<ReplyRejectedException>(
            () => Connector().ReplyAsync(Source(), Request(network: "youtube", visibility: ReplyVisibility.Private), Token));

        Assert.True(error.Permanent);
        Assert.Contains("Private replies are not possible on YouTube", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_reply_schedules_no_answer()
    {
        var connector = Connector();
        var source = Source(speed: 0, replyAnswerSeconds: 0);
        await Assert.ThrowsAsync<ReplyRejectedException>(() => connector.ReplyAsync(source, Request(text: ""), Token));

        var batches = await ReadAllAsync(connector.StreamAsync(source, null, Token)).Soon();

        Assert.Equal(["p0", "p1"], batches.SelectMany(b => b.Posts).Select(p => p.ExternalId));
    }

    [Fact]
    public async Task Invalid_settings_reject_the_reply_permanently_naming_the_setting()
    {
        var source = Sources.Context(SourceKinds.Demo, """{"replyAnswerSeconds":-1}""");

        var error = await Assert.ThrowsAsync<ReplyRejectedException>(() => Connector().ReplyAsync(source, Request(), Token));

        Assert.True(error.Permanent);
        Assert.Contains("'replyAnswerSeconds'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_reply_is_not_sent()
    {
        var connector = Connector();
        var source = Source(speed: 0, replyAnswerSeconds: 0);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connector.ReplyAsync(source, Request(), new CancellationToken(canceled: true)));

        var batches = await ReadAllAsync(connector.StreamAsync(source, null, Token)).Soon();
        Assert.Equal(2, batches.Sum(b => b.Posts.Count));
    }

    [Fact]
    public async Task The_receipt_has_a_hashed_id_a_demo_url_and_the_time_it_was_sent()
    {
        var receipt = await Connector().ReplyAsync(Source(), Request(), Token);

        Assert.Matches("^r~[0-9a-f]{8}$", receipt.ExternalId);
        Assert.Equal($"https://x.example/i/status/{receipt.ExternalId}", receipt.Url);
        Assert.Equal(_clock.GetUtcNow(), receipt.SentAt);
    }

    [Theory]
    [InlineData("x", ReplyVisibility.Private, "https://x.example/messages/rio_hara")]
    [InlineData("facebook", ReplyVisibility.Private, "https://facebook.example/messages/t/rio_hara")]
    [InlineData("instagram", ReplyVisibility.Private, "https://instagram.example/direct/t/rio_hara")]
    [InlineData("facebook", ReplyVisibility.Public, "https://facebook.example/p0?comment_id=")]
    [InlineData("instagram", ReplyVisibility.Public, "https://instagram.example/p/p0/c/")]
    [InlineData("youtube", ReplyVisibility.Public, "https://youtube.example/watch?v=p0&lc=")]
    public async Task Receipt_urls_follow_the_demo_sites(string network, ReplyVisibility visibility, string urlStart)
    {
        var receipt = await Connector().ReplyAsync(Source(), Request(network: network, visibility: visibility), Token);

        Assert.StartsWith(urlStart, receipt.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sending_the_same_key_again_returns_the_first_receipt_and_answers_once()
    {
        var connector = Connector();
        var source = Source(speed: 0, replyAnswerSeconds: 0);

        var first = await connector.ReplyAsync(source, Request(key: "same"), Token);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var again = await connector.ReplyAsync(source, Request(key: "same", text: "a retry, worded differently"), Token);
        var other = await connector.ReplyAsync(source, Request(key: "other"), Token);

        Assert.Equal(first, again);
        Assert.NotEqual(first.ExternalId, other.ExternalId);
        var posts = (await ReadAllAsync(connector.StreamAsync(source, null, Token)).Soon()).SelectMany(b => b.Posts).ToList();
        Assert.Equal(1, posts.Count(p => p.InReplyToExternalId == first.ExternalId));
        Assert.Equal(1, posts.Count(p => p.InReplyToExternalId == other.ExternalId));
    }

    [Fact]
    public async Task The_customer_answers_in_the_stream_after_the_delay_and_not_before()
    {
        var connector = Connector();
        var source = Source(speed: 1, replyAnswerSeconds: 20);
        var start = _clock.GetUtcNow();
        await using var stream = connector.StreamAsync(source, null, Token).GetAsyncEnumerator(Token);
        Assert.True(await stream.MoveNextAsync().Soon());
        Assert.Equal(["p0"], stream.Current.Posts.Select(p => p.ExternalId));

        var receipt = await connector.ReplyAsync(source, Request(language: "jv"), Token);
        var next = stream.MoveNextAsync().AsTask();
        await Settle();
        _clock.Advance(TimeSpan.FromSeconds(19.9));
        await Settle();
        Assert.False(next.IsCompleted);

        _clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.True(await next.Soon());
        var answer = Assert.Single(stream.Current.Posts);
        Assert.Equal("0:1", stream.Current.CursorAfter);
        Assert.Equal(receipt.ExternalId + "~a", answer.ExternalId);
        Assert.Equal(receipt.ExternalId, answer.InReplyToExternalId);
        Assert.Equal(Customer, answer.Author);
        Assert.Equal("jv", answer.Language);
        Assert.Equal("x", answer.Network);
        Assert.Equal(SourceKinds.Demo, answer.SourceKind);
        Assert.Equal(start + TimeSpan.FromSeconds(20), answer.PublishedAt);
        Assert.Equal($"https://x.example/rio_hara/status/{answer.ExternalId}", answer.Url);
        Assert.Contains(answer.Text, DemoAnswerScript.LinesOf("jv", DemoAnswerKind.Thanks).Concat(DemoAnswerScript.LinesOf("jv", DemoAnswerKind.FollowUp)));
    }

    [Fact]
    public async Task A_faster_demo_answers_faster()
    {
        // 20 s at speed 4: the answer is due 5 s after the reply.
        var connector = Connector();
        var source = Source(speed: 4, replyAnswerSeconds: 20);
        await using var stream = connector.StreamAsync(source, null, Token).GetAsyncEnumerator(Token);
        Assert.True(await stream.MoveNextAsync().Soon());

        await connector.ReplyAsync(source, Request(), Token);
        var next = stream.MoveNextAsync().AsTask();
        await Settle();
        _clock.Advance(TimeSpan.FromSeconds(4.9));
        await Settle();
        Assert.False(next.IsCompleted);

        _clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.True(await next.Soon());
        Assert.EndsWith("~a", Assert.Single(stream.Current.Posts).ExternalId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_wakes_a_stream_waiting_for_the_next_corpus_post_when_the_answer_is_immediate()
    {
        var connector = Connector();
        var source = Source(speed: 1, replyAnswerSeconds: 0);
        await using var stream = connector.StreamAsync(source, null, Token).GetAsyncEnumerator(Token);
        Assert.True(await stream.MoveNextAsync().Soon());
        var next = stream.MoveNextAsync().AsTask();
        await Settle();
        Assert.False(next.IsCompleted); // waiting an hour for p1

        var receipt = await connector.ReplyAsync(source, Request(), Token);

        Assert.True(await next.Soon());
        Assert.Equal(receipt.ExternalId, Assert.Single(stream.Current.Posts).InReplyToExternalId);
        Assert.Equal(_clock.GetUtcNow(), stream.Current.Posts[0].PublishedAt);
    }

    [Fact]
    public async Task Answers_interleave_with_a_full_speed_replay_without_moving_its_cursor()
    {
        var connector = new DemoConnector(_clock, TestCorpus.Evenly(3));
        var source = Source(speed: 0, loop: true, replyAnswerSeconds: 0);
        await using var stream = connector.StreamAsync(source, null, Token).GetAsyncEnumerator(Token);
        Assert.True(await stream.MoveNextAsync().Soon());
        Assert.Equal("0:3", stream.Current.CursorAfter);

        var receipt = await connector.ReplyAsync(source, Request(inReplyTo: "p1"), Token);

        Assert.True(await stream.MoveNextAsync().Soon());
        Assert.Equal([receipt.ExternalId + "~a"], stream.Current.Posts.Select(p => p.ExternalId));
        Assert.Equal("1:0", stream.Current.CursorAfter); // the start of the next pass: the same place as 0:3
        Assert.True(await stream.MoveNextAsync().Soon());
        Assert.Equal(["1~p0", "1~p1", "1~p2"], stream.Current.Posts.Select(p => p.ExternalId));
        Assert.Equal("1:3", stream.Current.CursorAfter);
    }

    [Fact]
    public async Task Without_loop_the_stream_stays_open_for_a_pending_answer_then_ends()
    {
        // At speed 0 the corpus replays at once, but the answer keeps its 20 s.
        var connector = new DemoConnector(_clock, TestCorpus.Evenly(1));
        var source = Source(speed: 0, loop: false, replyAnswerSeconds: 20);
        await using var stream = connector.StreamAsync(source, null, Token).GetAsyncEnumerator(Token);
        Assert.True(await stream.MoveNextAsync().Soon());
        await connector.ReplyAsync(source, Request(), Token);

        var next = stream.MoveNextAsync().AsTask();
        await Settle();
        _clock.Advance(TimeSpan.FromSeconds(19));
        await Settle();
        Assert.False(next.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.True(await next.Soon());
        Assert.Equal("0:1", stream.Current.CursorAfter);
        Assert.Single(stream.Current.Posts);
        Assert.False(await stream.MoveNextAsync().Soon());
    }

    [Fact]
    public async Task An_answer_not_streamed_before_the_stream_closed_comes_with_the_next_stream_of_the_source()
    {
        var connector = Connector();
        var source = Source(speed: 1, replyAnswerSeconds: 20);
        await using (var first = connector.StreamAsync(source, null, Token).GetAsyncEnumerator(Token))
        {
            Assert.True(await first.MoveNextAsync().Soon());
        }

        var receipt = await connector.ReplyAsync(source, Request(), Token);
        _clock.Advance(TimeSpan.FromSeconds(30));
        await using var second = connector.StreamAsync(source, "0:1", Token).GetAsyncEnumerator(Token);

        Assert.True(await second.MoveNextAsync().Soon());
        Assert.Equal(receipt.ExternalId, Assert.Single(second.Current.Posts).InReplyToExternalId);
    }

    [Fact]
    public async Task Two_sources_do_not_see_each_others_answers_or_receipts()
    {
        var connector = Connector();
        var a = Source(speed: 1, replyAnswerSeconds: 20);
        var b = Source(speed: 1, replyAnswerSeconds: 20);
        await using var streamA = connector.StreamAsync(a, null, Token).GetAsyncEnumerator(Token);
        await using var streamB = connector.StreamAsync(b, null, Token).GetAsyncEnumerator(Token);
        Assert.True(await streamA.MoveNextAsync().Soon());
        Assert.True(await streamB.MoveNextAsync().Soon());

        var receipt = await connector.ReplyAsync(a, Request(key: "only-a"), Token);
        var nextA = streamA.MoveNextAsync().AsTask();
        var nextB = streamB.MoveNextAsync().AsTask();
        await Settle();
        _clock.Advance(TimeSpan.FromSeconds(20));

        Assert.True(await nextA.Soon());
        Assert.Equal(receipt.ExternalId, Assert.Single(streamA.Current.Posts).InReplyToExternalId);
        await Settle();
        Assert.False(nextB.IsCompleted);

        // The same key on the other source is a reply of its own there, answered there.
        _clock.Advance(TimeSpan.FromSeconds(1));
        var later = await connector.ReplyAsync(b, Request(key: "only-a"), Token);
        Assert.Equal(_clock.GetUtcNow(), later.SentAt);
        await Settle();
        _clock.Advance(TimeSpan.FromSeconds(20));
        Assert.True(await nextB.Soon());
        Assert.Equal(later.ExternalId, Assert.Single(streamB.Current.Posts).InReplyToExternalId);
    }

    [Fact]
    public async Task Cancelling_while_an_answer_is_pending_ends_the_stream()
    {
        var connector = Connector();
        var source = Source(speed: 1, replyAnswerSeconds: 20);
        using var cancellation = new CancellationTokenSource();
        await using var stream = connector.StreamAsync(source, null, cancellation.Token).GetAsyncEnumerator(Token);
        Assert.True(await stream.MoveNextAsync().Soon());
        await connector.ReplyAsync(source, Request(), Token);

        var next = stream.MoveNextAsync().AsTask();
        await Settle();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next.Soon());
    }

    [Fact]
    public async Task Cancelling_after_the_corpus_while_an_answer_is_pending_ends_the_stream()
    {
        var connector = new DemoConnector(_clock, TestCorpus.Evenly(1));
        var source = Source(speed: 0, loop: false, replyAnswerSeconds: 20);
        using var cancellation = new CancellationTokenSource();
        await using var stream = connector.StreamAsync(source, null, cancellation.Token).GetAsyncEnumerator(Token);
        Assert.True(await stream.MoveNextAsync().Soon());
        await connector.ReplyAsync(source, Request(), Token);

        var next = stream.MoveNextAsync().AsTask();
        await Settle();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next.Soon());
    }

    [Fact]
    public async Task An_agent_can_reply_to_the_answer_and_the_customer_answers_again()
    {
        var connector = Connector();
        var source = Source(speed: 0, replyAnswerSeconds: 0);
        var first = await connector.ReplyAsync(source, Request(key: "r1"), Token);
        var second = await connector.ReplyAsync(source, Request(key: "r2", inReplyTo: first.ExternalId + "~a"), Token);

        var answers = (await ReadAllAsync(connector.StreamAsync(source, null, Token)).Soon())
            .SelectMany(b => b.Posts).Where(p => p.ExternalId.StartsWith("r~", StringComparison.Ordinal)).ToList();

        Assert.Equal([first.ExternalId, second.ExternalId], answers.Select(p => p.InReplyToExternalId));
    }

    private static async Task<List<PostBatch>> ReadAllAsync(IAsyncEnumerable<PostBatch> stream)
    {
        var batches = new List<PostBatch>();
        await foreach (var batch in stream)
        {
            batches.Add(batch);
        }

        return batches;
    }
}
