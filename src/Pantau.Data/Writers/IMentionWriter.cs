using Pantau.Core.Enrichment;
using Pantau.Core.Posts;

namespace Pantau.Data.Writers;

/// <summary>
/// The pipeline's store stage: writes a batch of mentions in one transaction, idempotent on
/// (workspace, source kind, external id), without EF change tracking. Returns only the mentions that were new.
/// </summary>
public interface IMentionWriter
{
    Task<IReadOnlyList<StoredMention>> WriteAsync(IReadOnlyList<MentionToStore> batch, CancellationToken cancellationToken);
}

public sealed record MentionToStore(NormalisedPost Post, IReadOnlyList<Guid> TopicIds, Enrichment Enrichment, DateTimeOffset IngestedAt);

/// <summary>A mention written by this batch: new, or (<see cref="Edited"/>) a stored one updated to a newer version.</summary>
public sealed record StoredMention(long Id, long AuthorId, MentionToStore Item, bool Edited = false);
