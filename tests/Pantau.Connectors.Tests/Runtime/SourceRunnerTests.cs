using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Pantau.Connectors.Abstractions;
using Pantau.Connectors.Runtime;
using Pantau.Connectors.Webhooks;

namespace Pantau.Connectors.Tests.Runtime;

public sealed class SourceRunnerTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly FakeIngress _ingress = new();
    private readonly FakeStateStore _state = new("c0");
    private readonly SourceContext _source = Sources.Context("scripted");
    private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

    public void Dispose() => _stop.Dispose();

    private Task Run(ISourceConnector connector) =>
        new SourceRunner(_ingress, _state, _clock, NullLogger<SourceRunner>.Instance).RunAsync(_source, connector, _stop.Token);

    /// <summary>Moves the fake clock on in small steps until the runner has done what the task waits for.</summary>
    private async Task<T> AdvanceUntil<T>(Task<T> task, TimeSpan step)
    {
        for (var i = 0; i < 2000 && !task.IsCompleted; i++)
        {
            _clock.Advance(step);
            await Task.WhenAny(task, Task.Delay(5, TestContext.Current.CancellationToken));
        }

        return await task;
    }

    /// <summary>Gives a wrong implementation the chance to do what must not happen.</summary>
    private static Task Settle() => Task.Delay(50, TestContext.Current.CancellationToken);

    private async Task StopAsync(Task run)
    {
        await _stop.CancelAsync();
        await run.Soon(); // returns, neither faulted nor cancelled
    }

    [Fact]
    public async Task The_cursor_moves_only_after_the_batch_is_stored_and_in_submission_order()
    {
        var stream = new ScriptedStream((_, ct) => ScriptedStream.ThenHold([Batches.Of("c1", posts: 2), Batches.Of("c2")], ct));
        var run = Run(stream);

        Assert.Equal("c0", await stream.NextOpeningAsync());
        var first = await _ingress.NextAsync();
        var second = await _ingress.NextAsync();
        await Settle();
        Assert.False(_state.HasCheckpoint);
        Assert.Equal("c0", _state.Cursor);

        second.Complete(); // stored before the first: the cursor must still wait for the first
        await Settle();
        Assert.False(_state.HasCheckpoint);
        Assert.Equal("c0", _state.Cursor);

        first.Complete();
        // Both are stored now: one checkpoint covers them (checkpoints are coalesced while batches queue up).
        var both = await _state.NextCheckpointAsync();
        Assert.Equal("c2", both.Cursor);
        Assert.Equal(3, both.Progress.ItemsRead);
        Assert.Equal(TimeSpan.FromSeconds(2), both.Progress.Lag);
        Assert.Equal(_clock.GetUtcNow(), both.Progress.At);

        await StopAsync(run);
        Assert.False(_state.HasError);
    }

    [Fact]
    public async Task An_empty_batch_does_not_move_the_cursor_past_a_batch_still_being_stored()
    {
        var stream = new ScriptedStream((_, ct) => ScriptedStream.ThenHold([Batches.Of("c1"), Batches.Empty("c2")], ct));
        var run = Run(stream);

        var first = await _ingress.NextAsync();
        await Settle();
        Assert.False(_state.HasCheckpoint);
        Assert.Equal("c0", _state.Cursor);

        first.Complete();
        var checkpoint = await _state.NextCheckpointAsync();
        Assert.Equal("c2", checkpoint.Cursor);
        Assert.Equal(1, checkpoint.Progress.ItemsRead); // c1's post; the empty batch read none
        Assert.False(_ingress.TryNext(out _)); // nothing to store, nothing submitted

        await StopAsync(run);
    }

    [Fact]
    public async Task Checkpoints_are_written_at_most_once_per_interval_while_stored_batches_queue_up()
    {
        var stream = new ScriptedStream((_, ct) => ScriptedStream.ThenHold([Batches.Of("c1"), Batches.Of("c2"), Batches.Of("c3")], ct));
        var run = Run(stream);

        var first = await _ingress.NextAsync();
        var second = await _ingress.NextAsync();
        var third = await _ingress.NextAsync();
        _clock.Advance(SourceRunner.CheckpointInterval);
        first.Complete(); // the interval has passed: saved although more batches wait
        Assert.Equal("c1", (await _state.NextCheckpointAsync()).Cursor);

        second.Complete(); // within the interval and the third still waits: not saved yet
        await Settle();
        Assert.Equal("c1", _state.Cursor);

        third.Complete(); // the queue ran dry: saved
        var last = await _state.NextCheckpointAsync();
        Assert.Equal("c3", last.Cursor);
        Assert.Equal(2, last.Progress.ItemsRead);

        await StopAsync(run);
    }

    [Fact]
    public async Task A_failed_store_records_the_error_and_retries_from_the_last_checkpoint_after_backoff()
    {
        var stream = new ScriptedStream(
            (_, ct) => ScriptedStream.ThenHold([Batches.Of("c1"), Batches.Of("c2")], ct),
            (_, ct) => ScriptedStream.ThenHold([Batches.Of("c2")], ct));
        var run = Run(stream);

        Assert.Equal("c0", await stream.NextOpeningAsync());
        var first = await _ingress.NextAsync();
        var second = await _ingress.NextAsync();
        first.Complete();
        second.Fail(new InvalidOperationException("database is locked"));
        // c1 was stored: its cursor is saved before the failure is reported, so only c2 is read again.
        Assert.Equal("c1", (await _state.NextCheckpointAsync()).Cursor);
        var error = await _state.NextErrorAsync();
        Assert.Contains("database is locked", error.Error, StringComparison.Ordinal);
        Assert.Equal(_clock.GetUtcNow(), error.At);
        Assert.InRange(error.NextAttemptAt - error.At, RetryBackoff.Base / 2, RetryBackoff.Base);
        Assert.Equal("c1", _state.Cursor);

        await Settle();
        Assert.False(stream.TryNextOpening(out _)); // not before the backoff has passed

        Assert.Equal("c1", await AdvanceUntil(stream.NextOpeningAsync(), TimeSpan.FromMilliseconds(100)));
        Assert.True(_clock.GetUtcNow() >= error.NextAttemptAt);
        (await _ingress.NextAsync()).Complete();
        Assert.Equal("c2", (await _state.NextCheckpointAsync()).Cursor);

        await StopAsync(run);
        Assert.False(_state.HasError);
    }

    [Fact]
    public async Task A_failing_connector_is_retried_with_growing_backoff_from_the_same_cursor()
    {
        var stream = new ScriptedStream(
            (_, ct) => ScriptedStream.Failing(new HttpRequestException("503 Service Unavailable"), ct),
            (_, ct) => ScriptedStream.Failing(new HttpRequestException("503 Service Unavailable"), ct),
            (_, ct) => ScriptedStream.ThenHold([Batches.Of("c1")], ct));
        var run = Run(stream);

        Assert.Equal("c0", await stream.NextOpeningAsync());
        var firstError = await _state.NextErrorAsync();
        Assert.Equal("503 Service Unavailable", firstError.Error);
        Assert.InRange(firstError.NextAttemptAt - firstError.At, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));

        Assert.Equal("c0", await AdvanceUntil(stream.NextOpeningAsync(), TimeSpan.FromMilliseconds(100)));
        var secondError = await _state.NextErrorAsync();
        Assert.InRange(secondError.NextAttemptAt - secondError.At, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));

        Assert.Equal("c0", await AdvanceUntil(stream.NextOpeningAsync(), TimeSpan.FromMilliseconds(100)));
        (await _ingress.NextAsync()).Complete();
        Assert.Equal("c1", (await _state.NextCheckpointAsync()).Cursor);

        await StopAsync(run);
    }

    [Fact]
    public async Task Stopping_a_running_stream_returns_cleanly()
    {
        var stream = new ScriptedStream((_, ct) => ScriptedStream.ThenHold([], ct));
        var run = Run(stream);
        await stream.NextOpeningAsync();

        await StopAsync(run);

        Assert.True(run.IsCompletedSuccessfully);
        Assert.False(_state.HasError);
        Assert.False(_state.HasCheckpoint);
    }

    [Fact]
    public async Task Stopping_while_a_batch_is_being_stored_keeps_the_old_cursor()
    {
        var stream = new ScriptedStream((_, ct) => ScriptedStream.ThenHold([Batches.Of("c1")], ct));
        var run = Run(stream);
        await _ingress.NextAsync();

        await StopAsync(run);

        Assert.True(run.IsCompletedSuccessfully);
        Assert.Equal("c0", _state.Cursor);
        Assert.False(_state.HasError);
    }

    [Fact]
    public async Task Stopping_during_backoff_returns_cleanly_without_retrying()
    {
        var stream = new ScriptedStream((_, ct) => ScriptedStream.Failing(new IOException("connection reset"), ct));
        var run = Run(stream);
        await _state.NextErrorAsync();

        await StopAsync(run);

        Assert.True(run.IsCompletedSuccessfully);
        Assert.Equal("c0", await stream.NextOpeningAsync());
        Assert.False(stream.TryNextOpening(out _));
    }

    [Fact]
    public async Task A_pull_connector_checkpoints_after_storing_and_polls_again_when_asked()
    {
        var pull = new ScriptedPull(
            new PullResult(Batches.Of("p1", posts: 3), TimeSpan.FromMinutes(1)),
            new PullResult(Batches.Empty("p1"), TimeSpan.FromMinutes(1)));
        var run = Run(pull);

        Assert.Equal("c0", await pull.NextPullAsync());
        var submission = await _ingress.NextAsync();
        await Settle();
        Assert.False(_state.HasCheckpoint);

        submission.Complete();
        var checkpoint = await _state.NextCheckpointAsync();
        Assert.Equal("p1", checkpoint.Cursor);
        Assert.Equal(3, checkpoint.Progress.ItemsRead);

        _clock.Advance(TimeSpan.FromSeconds(59));
        await Settle();
        Assert.False(pull.TryNextPull(out _));

        Assert.Equal("p1", await AdvanceUntil(pull.NextPullAsync(), TimeSpan.FromSeconds(1)));
        Assert.Equal("p1", (await _state.NextCheckpointAsync()).Cursor); // an empty poll still records success

        await StopAsync(run);
    }

    [Fact]
    public async Task A_push_connector_is_not_run_in_a_loop()
    {
        var run = Run(new WebhookConnector());

        await run.Soon();
        Assert.True(run.IsCompletedSuccessfully);
    }

    private sealed class ScriptedPull(params PullResult[] results) : IPullConnector
    {
        private readonly Channel<string?> _pulls = Channel.CreateUnbounded<string?>();
        private int _calls;

        public string Kind => "scripted-pull";

        public Task<PullResult> PullAsync(SourceContext source, string? cursor, CancellationToken cancellationToken)
        {
            _pulls.Writer.TryWrite(cursor);
            var index = Interlocked.Increment(ref _calls) - 1;
            return Task.FromResult(results[Math.Min(index, results.Length - 1)]);
        }

        public Task<string?> NextPullAsync() => _pulls.Reader.ReadAsync().Soon();

        public bool TryNextPull(out string? cursor) => _pulls.Reader.TryRead(out cursor);
    }
}
