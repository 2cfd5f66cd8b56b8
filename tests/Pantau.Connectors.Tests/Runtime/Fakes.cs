using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Pantau.Connectors.Abstractions;
using Pantau.Core.Posts;

namespace Pantau.Connectors.Tests.Runtime;

/// <summary>A pipeline entry whose tickets the test completes or fails by hand.</summary>
internal sealed class FakeIngress : IPostIngress
{
    private readonly Channel<Submission> _submissions = Channel.CreateUnbounded<Submission>();

    public ValueTask<IngestTicket> SubmitAsync(Guid workspaceId, Guid sourceId, IReadOnlyList<RawPost> posts, CancellationToken cancellationToken)
    {
        var submission = new Submission(posts, new TaskCompletionSource<IngestOutcome>(TaskCreationOptions.RunContinuationsAsynchronously));
        _submissions.Writer.TryWrite(submission);
        return ValueTask.FromResult(new IngestTicket(submission.Stored.Task));
    }

    public Task<Submission> NextAsync() => _submissions.Reader.ReadAsync().Soon();

    public bool TryNext(out Submission? submission) => _submissions.Reader.TryRead(out submission);
}

internal sealed record Submission(IReadOnlyList<RawPost> Posts, TaskCompletionSource<IngestOutcome> Stored)
{
    public void Complete() => Stored.SetResult(new IngestOutcome(Posts.Count, Posts.Count, 0, 0));

    public void Fail(Exception exception) => Stored.SetException(exception);
}

internal sealed record Checkpoint(string? Cursor, SourceProgress Progress);

internal sealed record RecordedError(string Error, DateTimeOffset At, DateTimeOffset NextAttemptAt);

/// <summary>Keeps one source's cursor in memory and reports every checkpoint and error.</summary>
internal sealed class FakeStateStore(string? cursor) : ISourceStateStore
{
    private readonly Channel<Checkpoint> _checkpoints = Channel.CreateUnbounded<Checkpoint>();
    private readonly Channel<RecordedError> _errors = Channel.CreateUnbounded<RecordedError>();
    private string? _cursor = cursor;

    public string? Cursor => Volatile.Read(ref _cursor);

    public Task<string?> LoadCursorAsync(Guid sourceId, CancellationToken cancellationToken) => Task.FromResult(Cursor);

    public Task CheckpointAsync(Guid sourceId, string? cursor, SourceProgress progress, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _cursor, cursor);
        _checkpoints.Writer.TryWrite(new Checkpoint(cursor, progress));
        return Task.CompletedTask;
    }

    public Task RecordErrorAsync(Guid sourceId, string error, DateTimeOffset at, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken)
    {
        _errors.Writer.TryWrite(new RecordedError(error, at, nextAttemptAt));
        return Task.CompletedTask;
    }

    public Task<Checkpoint> NextCheckpointAsync() => _checkpoints.Reader.ReadAsync().Soon();

    public bool HasCheckpoint => _checkpoints.Reader.Count > 0;

    public Task<RecordedError> NextErrorAsync() => _errors.Reader.ReadAsync().Soon();

    public bool HasError => _errors.Reader.Count > 0;
}

/// <summary>A stream connector scripted per opening: each opening runs the next script with the cursor it was given.</summary>
internal sealed class ScriptedStream(params Func<string?, CancellationToken, IAsyncEnumerable<PostBatch>>[] openings) : IStreamConnector
{
    private readonly Channel<string?> _opened = Channel.CreateUnbounded<string?>();
    private int _openings;

    public string Kind => "scripted";

    public IAsyncEnumerable<PostBatch> StreamAsync(SourceContext source, string? cursor, CancellationToken cancellationToken)
    {
        _opened.Writer.TryWrite(cursor);
        var index = Interlocked.Increment(ref _openings) - 1;
        return openings[Math.Min(index, openings.Length - 1)](cursor, cancellationToken);
    }

    public Task<string?> NextOpeningAsync() => _opened.Reader.ReadAsync().Soon();

    public bool TryNextOpening(out string? cursor) => _opened.Reader.TryRead(out cursor);

    /// <summary>Yields the batches, then holds the stream open until cancelled, as a live stream does.</summary>
    public static async IAsyncEnumerable<PostBatch> ThenHold(IEnumerable<PostBatch> batches, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var batch in batches)
        {
            yield return batch;
        }

        await Task.Delay(Timeout.Infinite, cancellationToken);
    }

    public static async IAsyncEnumerable<PostBatch> Failing(Exception exception, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        throw exception;
#pragma warning disable CS0162 // An iterator needs a yield somewhere.
        yield break;
#pragma warning restore CS0162
    }
}

internal static class Batches
{
    private static int s_next;

    public static PostBatch Of(string cursorAfter, int posts = 1) =>
        new(Enumerable.Range(0, posts).Select(_ => Post()).ToList(), cursorAfter, TimeSpan.FromSeconds(2));

    public static PostBatch Empty(string cursorAfter) => new([], cursorAfter);

    private static RawPost Post()
    {
        var id = Interlocked.Increment(ref s_next).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new RawPost
        {
            SourceKind = "scripted",
            ExternalId = id,
            Network = "scripted",
            PublishedAt = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero),
            Text = "post " + id,
            Author = new PostAuthor("budi", null, null),
        };
    }
}
