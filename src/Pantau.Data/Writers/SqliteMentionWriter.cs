using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pantau.Data.Storage;

namespace Pantau.Data.Writers;

/// <summary>
/// Batched writes to SQLite with prepared statements in one transaction: one author upsert and one
/// <c>INSERT … ON CONFLICT DO NOTHING RETURNING</c> per post, topic links only for new mentions.
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
            "Likes", "Shares", "Replies", "Sentiment", "SentimentScore", "Intent", "IsSpam", "Reach", "Impact", "Explanation")
        VALUES ($ws, $source, $kind, $external, $network, $author, $title, $text,
            $search, $url, $published, $ingested, $language, $country, $replyTo, $repostOf, $quoteOf,
            $likes, $shares, $replies, $sentiment, $score, $intent, $spam, $reach, $impact, $explanation)
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
    /// Microsoft.Data.Sqlite's async methods complete synchronously (SQLite has no asynchronous I/O), so the rows are
    /// written with the synchronous calls and no per-row task; the caller runs this on the pipeline's store task.
    /// </remarks>
    private async Task<IReadOnlyList<StoredMention>> WriteBatchAsync(IReadOnlyList<MentionToStore> batch, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        SqliteConnectionTuning.Apply(connection);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);

        await using var author = Prepare(connection, transaction, UpsertAuthorSql, "$ws", "$network", "$handle", "$name", "$followers", "$verified", "$now");
        await using var mention = Prepare(connection, transaction, InsertMentionSql,
            "$ws", "$source", "$kind", "$external", "$network", "$author", "$title", "$text", "$search", "$url", "$published",
            "$ingested", "$language", "$country", "$replyTo", "$repostOf", "$quoteOf", "$likes", "$shares", "$replies",
            "$sentiment", "$score", "$intent", "$spam", "$reach", "$impact", "$explanation");
        await using var topic = Prepare(connection, transaction, InsertTopicSql, "$mention", "$topic", "$ws");

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
                Set(author, workspace, raw.Network, raw.Author.Handle, raw.Author.DisplayName, raw.Author.Followers, raw.Author.Verified, ingested);
                authorId = (long)author.ExecuteScalar()!;
                remembered.Add((post.WorkspaceId, raw.Network, raw.Author, authorId, item.IngestedAt));
            }

            Set(mention, workspace, GuidBytes(post.SourceId), raw.SourceKind, raw.ExternalId, raw.Network, authorId, raw.Title, raw.Text,
                post.FoldedText, raw.Url, raw.PublishedAt.ToUnixTimeMilliseconds(), ingested, enrichment.Language, raw.Country,
                raw.InReplyToExternalId, raw.RepostOfExternalId, raw.QuoteOfExternalId, raw.Engagement.Likes, raw.Engagement.Shares,
                raw.Engagement.Replies, (int)enrichment.Sentiment, enrichment.SentimentScore, (int)enrichment.Intent, enrichment.IsSpam,
                enrichment.Reach, enrichment.Impact, JsonSerializer.Serialize(enrichment.Explanation, WriterJson.Default.IReadOnlyListString));
            if (mention.ExecuteScalar() is not long mentionId)
            {
                continue; // Already stored: a re-delivery.
            }

            foreach (var topicId in item.TopicIds)
            {
                Set(topic, mentionId, GuidBytes(topicId), workspace);
                topic.ExecuteNonQuery();
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

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
