using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pantau.Data.Storage;

namespace Pantau.Data.Writers;

/// <summary>
/// Batched writes to SQLite with prepared statements in one transaction: an author upsert only for authors not
/// written recently, one <c>INSERT … ON CONFLICT DO NOTHING RETURNING</c> per post, topic links only for new mentions.
/// </summary>
public sealed class SqliteMentionWriter(string connectionString) : IMentionWriter
{
    private readonly KnownAuthors _authors = new();

    private const string UpsertAuthorSql = """
        INSERT INTO "Authors" ("WorkspaceId", "Network", "Handle", "DisplayName", "Followers", "Verified", "FirstSeenAt", "LastSeenAt")
        VALUES ($ws, $network, $handle, $name, $followers, $verified, $now, $now)
        ON CONFLICT ("WorkspaceId", "Network", "Handle") DO UPDATE SET
            "DisplayName" = COALESCE(excluded."DisplayName", "DisplayName"),
            "Followers" = COALESCE(excluded."Followers", "Followers"),
            "Verified" = excluded."Verified",
            "LastSeenAt" = MAX("LastSeenAt", excluded."LastSeenAt")
        RETURNING "Id";
        """;

    private const string InsertMentionSql = """
        INSERT INTO "Mentions" ("WorkspaceId", "SourceId", "SourceKind", "ExternalId", "Network", "AuthorId", "Title", "Text",
            "SearchText", "Url", "PublishedAt", "IngestedAt", "Language", "Country", "InReplyTo", "RepostOf", "QuoteOf",
            "Likes", "Shares", "Replies", "Sentiment", "SentimentScore", "Intent", "IsSpam", "Reach", "Impact", "Explanation",
            "SpamScore", "Risk")
        VALUES ($ws, $source, $kind, $external, $network, $author, $title, $text,
            $search, $url, $published, $ingested, $language, $country, $replyTo, $repostOf, $quoteOf,
            $likes, $shares, $replies, $sentiment, $score, $intent, $spam, $reach, $impact, $explanation,
            $spamScore, $risk)
        ON CONFLICT ("WorkspaceId", "SourceKind", "ExternalId") DO NOTHING
        RETURNING "Id";
        """;

    private const string InsertTopicSql = """
        INSERT INTO "MentionTopics" ("MentionId", "TopicId", "WorkspaceId") VALUES ($mention, $topic, $ws)
        ON CONFLICT DO NOTHING;
        """;

    public async Task<IReadOnlyList<StoredMention>> WriteAsync(IReadOnlyList<MentionToStore> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return [];
        }

        try
        {
            return await WriteBatchAsync(batch, cancellationToken);
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteConstraintError)
        {
            // A remembered author may have been deleted with its workspace: forget them all and write once more.
            _authors.Forget();
            return await WriteBatchAsync(batch, cancellationToken);
        }
        catch
        {
            _authors.Forget();
            throw;
        }
    }

    private const int SqliteConstraintError = 19;

    /// <remarks>
    /// SQLite has no asynchronous I/O (Microsoft.Data.Sqlite's async methods complete synchronously), so the rows are
    /// written with synchronous calls and no per-row task; the caller runs this on the pipeline's store task.
    /// </remarks>
    private async Task<IReadOnlyList<StoredMention>> WriteBatchAsync(IReadOnlyList<MentionToStore> batch, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        SqliteConnectionTuning.Apply(connection);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);

        using var author = new SqliteStatement(connection, UpsertAuthorSql);
        using var mention = new SqliteStatement(connection, InsertMentionSql);
        using var topic = new SqliteStatement(connection, InsertTopicSql);

        var stored = new List<StoredMention>(batch.Count);
        var remembered = new List<(Guid, string, Pantau.Core.Posts.PostAuthor, long, DateTimeOffset)>();
        foreach (var item in batch)
        {
            var post = item.Post;
            var raw = post.Raw;
            var enrichment = item.Enrichment;
            var workspace = GuidBytes(post.WorkspaceId);
            var ingested = item.IngestedAt.ToUnixTimeMilliseconds();

            cancellationToken.ThrowIfCancellationRequested();
            if (_authors.Find(post.WorkspaceId, raw.Network, raw.Author, item.IngestedAt) is not { } authorId)
            {
                author.Bind(1, workspace);
                author.Bind(2, raw.Network);
                author.Bind(3, raw.Author.Handle);
                author.Bind(4, raw.Author.DisplayName);
                author.Bind(5, raw.Author.Followers);
                author.Bind(6, raw.Author.Verified);
                author.Bind(7, ingested);
                authorId = author.ExecuteScalarInt64() ?? throw new InvalidOperationException("The author upsert returned no id.");
                remembered.Add((post.WorkspaceId, raw.Network, raw.Author, authorId, item.IngestedAt));
            }

            // Positions follow the column list of InsertMentionSql.
            mention.Bind(1, workspace);
            mention.Bind(2, GuidBytes(post.SourceId));
            mention.Bind(3, raw.SourceKind);
            mention.Bind(4, raw.ExternalId);
            mention.Bind(5, raw.Network);
            mention.Bind(6, authorId);
            mention.Bind(7, raw.Title);
            mention.Bind(8, raw.Text);
            mention.Bind(9, post.FoldedText);
            mention.Bind(10, raw.Url);
            mention.Bind(11, raw.PublishedAt.ToUnixTimeMilliseconds());
            mention.Bind(12, ingested);
            mention.Bind(13, enrichment.Language);
            mention.Bind(14, raw.Country);
            mention.Bind(15, raw.InReplyToExternalId);
            mention.Bind(16, raw.RepostOfExternalId);
            mention.Bind(17, raw.QuoteOfExternalId);
            mention.Bind(18, raw.Engagement.Likes);
            mention.Bind(19, raw.Engagement.Shares);
            mention.Bind(20, raw.Engagement.Replies);
            mention.Bind(21, (int)enrichment.Sentiment);
            mention.Bind(22, enrichment.SentimentScore);
            mention.Bind(23, (int)enrichment.Intent);
            mention.Bind(24, enrichment.IsSpam);
            mention.Bind(25, enrichment.Reach);
            mention.Bind(26, enrichment.Impact);
            mention.Bind(27, JsonSerializer.Serialize(enrichment.Explanation, WriterJson.Default.IReadOnlyListString));
            mention.Bind(28, enrichment.SpamScore);
            mention.Bind(29, (int)enrichment.Risk);
            if (mention.ExecuteScalarInt64() is not { } mentionId)
            {
                continue; // Already stored: a re-delivery.
            }

            foreach (var topicId in item.TopicIds)
            {
                topic.Bind(1, mentionId);
                topic.Bind(2, GuidBytes(topicId));
                topic.Bind(3, workspace);
                topic.Execute();
            }

            stored.Add(new StoredMention(mentionId, authorId, item));
        }

        await transaction.CommitAsync(cancellationToken);

        // Only committed rows are remembered.
        foreach (var (workspaceId, network, postAuthor, id, at) in remembered)
        {
            _authors.Remember(workspaceId, network, postAuthor, id, at);
        }

        return stored;
    }

    /// <summary>The SQLite model stores GUIDs as 16-byte blobs (<see cref="Guid.ToByteArray()"/>); raw writes must match it.</summary>
    internal static byte[] GuidBytes(Guid id) =>
        GuidBlobs.Count < 100_000 ? GuidBlobs.GetOrAdd(id, static g => g.ToByteArray()) : id.ToByteArray();

    // Workspace, source and topic ids repeat on every row: their bytes are made once.
    private static readonly ConcurrentDictionary<Guid, byte[]> GuidBlobs = new();
}
