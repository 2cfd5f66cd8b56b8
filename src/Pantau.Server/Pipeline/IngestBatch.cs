using Pantau.Connectors.Abstractions;
using Pantau.Core.Posts;

namespace Pantau.Server.Pipeline;

/// <summary>A batch travelling through the pipeline; its completion releases the source's cursor.</summary>
public sealed class IngestBatch(Guid workspaceId, Guid sourceId, IReadOnlyList<RawPost> posts, long enqueuedTimestamp)
{
    private readonly TaskCompletionSource<IngestOutcome> _stored = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Guid WorkspaceId { get; } = workspaceId;
    public Guid SourceId { get; } = sourceId;
    public IReadOnlyList<RawPost> Posts { get; } = posts;

    /// <summary><see cref="TimeProvider.GetTimestamp"/> when the batch entered the pipeline, for latency metrics.</summary>
    public long EnqueuedTimestamp { get; } = enqueuedTimestamp;

    public Task<IngestOutcome> Stored => _stored.Task;

    public void Complete(IngestOutcome outcome) => _stored.TrySetResult(outcome);

    public void Fail(Exception exception) => _stored.TrySetException(exception);
}
