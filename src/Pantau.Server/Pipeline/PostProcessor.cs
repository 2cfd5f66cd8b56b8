using Pantau.Core.Enrichment;
using Pantau.Core.Posts;
using Pantau.Data.Writers;
using Pantau.Server.Topics;

namespace Pantau.Server.Pipeline;

/// <summary>The pure middle of the pipeline: normalise → dedupe → match → enrich, for one batch.</summary>
public sealed class PostProcessor(TopicCatalog topics, IEnricher enricher, RecentPostKeys recent, UnmatchedPostSample unmatchedSample, Care.Cases.CareConversations conversations, TimeProvider clock)
{
    public ProcessedBatch Process(IngestBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var matcher = topics.Matcher;
        var now = clock.GetUtcNow();
        var mentions = new List<MentionToStore>(batch.Posts.Count);
        var seenInBatch = new HashSet<PostKey>();
        int duplicates = 0, unmatched = 0;
        foreach (var raw in batch.Posts)
        {
            var key = new PostKey(batch.WorkspaceId, raw.SourceKind, raw.ExternalId);
            // An edited post is a newer version of one stored before: storage decides whether it is newer still.
            if (!seenInBatch.Add(key) || (raw.EditedAt is null && recent.Contains(key)))
            {
                duplicates++;
                continue;
            }

            var post = NormalisedPost.From(batch.WorkspaceId, batch.SourceId, raw);
            if (raw.Language is null && matcher.ReadsLanguage(batch.WorkspaceId))
            {
                // lang: reads the post's language: declared by its source or, failing that, identified here.
                post = post with { Raw = raw with { Language = enricher.IdentifyLanguage(post) } };
            }

            var topicIds = matcher.Match(post);

            // A customer answering inside a care conversation is kept though it names no brand: the case needs it.
            if (topicIds.Count == 0 && !conversations.Continues(batch.WorkspaceId, raw.InReplyToExternalId, raw.Author.Handle))
            {
                unmatched++;
                unmatchedSample.Add(post);
                continue;
            }

            mentions.Add(new MentionToStore(post, topicIds, enricher.Enrich(post), now));
        }

        return new ProcessedBatch(batch, mentions, duplicates, unmatched);
    }
}

public sealed record ProcessedBatch(IngestBatch Batch, IReadOnlyList<MentionToStore> Mentions, int Duplicates, int Unmatched);
