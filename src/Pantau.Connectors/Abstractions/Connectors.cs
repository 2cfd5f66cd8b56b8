using Pantau.Core.Posts;

namespace Pantau.Connectors.Abstractions;

/// <summary>A connector for one kind of source. Connectors are stateless: everything they resume from is in the cursor.</summary>
public interface ISourceConnector
{
    string Kind { get; }
}

/// <summary>A connector that is polled: each call reads what is new after <c>cursor</c>.</summary>
public interface IPullConnector : ISourceConnector
{
    Task<PullResult> PullAsync(SourceContext source, string? cursor, CancellationToken cancellationToken);

    /// <summary>
    /// How long to wait after <paramref name="failures"/> failed reads in a row, the last with <paramref name="error"/>;
    /// null leaves it to the runner's backoff. A connector that knows its service (Retry-After, a feed that is gone) says so here.
    /// </summary>
    /// <param name="jitter">A number in [0, 1), to spread the retries of many failing sources.</param>
    TimeSpan? RetryDelay(Exception error, int failures, double jitter) => null;
}

/// <summary>A connector that holds a stream open and yields batches as they arrive, each with the cursor after it.</summary>
public interface IStreamConnector : ISourceConnector
{
    IAsyncEnumerable<PostBatch> StreamAsync(SourceContext source, string? cursor, CancellationToken cancellationToken);
}

/// <summary>A connector that is called: an HTTP delivery is parsed into posts, and the caller is answered once they are stored.</summary>
public interface IPushConnector : ISourceConnector
{
    /// <exception cref="PushRejectedException">The delivery is malformed; the message says what and where.</exception>
    IReadOnlyList<RawPost> ParseDelivery(SourceContext source, ReadOnlySpan<byte> body, TimeProvider clock);
}

/// <summary>Posts read together and the cursor that is true once they are all stored.</summary>
public sealed record PostBatch(IReadOnlyList<RawPost> Posts, string? CursorAfter, TimeSpan? Lag = null);

/// <summary>What a poll read, and when the connector would like to be polled again (and why, for the health display).</summary>
public sealed record PullResult(PostBatch Batch, TimeSpan NextPollIn, string? ScheduleNote = null);

public sealed class PushRejectedException(string message) : Exception(message);
