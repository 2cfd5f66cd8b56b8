using Pantau.Core.Posts;

namespace Pantau.Connectors.Abstractions;

/// <summary>
/// The entry of the pipeline. In one process it is a bounded channel; distributed, a durable stream.
/// Submitting waits while the pipeline is full (backpressure). <see cref="IngestTicket.Stored"/> completes
/// once every post of the batch is durably stored, and only then may the source's cursor advance.
/// </summary>
public interface IPostIngress
{
    ValueTask<IngestTicket> SubmitAsync(Guid workspaceId, Guid sourceId, IReadOnlyList<RawPost> posts, CancellationToken cancellationToken);
}

/// <summary>Completes with how many posts were new (stored) and how many became mentions.</summary>
public sealed record IngestTicket(Task<IngestOutcome> Stored);

public sealed record IngestOutcome(int Received, int NewMentions, int Duplicates, int Unmatched);
