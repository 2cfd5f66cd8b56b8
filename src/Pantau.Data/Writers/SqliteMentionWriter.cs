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
            "SpamScore", "Risk", "Html", "EditedAt", "ConversationId")
        VALUES ($ws, $source, $kind, $external, $network, $author, $title, $text,
            $search, $url, $published, $ingested, $language, $country, $replyTo, $repostOf, $quoteOf,
            $likes, $shares, $replies, $sentiment, $score, $intent, $spam, $reach, $impact, $explanation,
            $spamScore, $risk, $html, $edited, $conversation)
        ON CONFLICT ("WorkspaceId", "SourceKind", "ExternalId") DO NOTHING
        RETURNING "Id";
        """;

    /// <summary>
    /// A newer version of a stored post (<see cref="Pantau.Core.Posts.RawPost.EditedAt"/>): its text and enrichment
    /// replace the stored ones, unless the stored version is as new. A field that a person corrected keeps the
    /// correction. Parameters are numbered as the columns of <see cref="InsertMentionSql"/>, so one binding serves both (each must use all of them).
    /// </summary>
    private const string UpdateEditedSql = """
        UPDATE "Mentions" SET "Title" = ?7, "Text" = ?8, "SearchText" = ?9, "Url" = ?10, "Language" = ?13,
            "Likes" = ?18, "Shares" = ?19, "Replies" = ?20, "SentimentScore" = ?22, "Reach" = ?25, "Impact" = ?26,
            "Explanation" = ?27, "SpamScore" = ?28, "Risk" = ?29, "Html" = ?30, "EditedAt" = ?31,
            "ConversationId" = COALESCE(?32, "ConversationId"),
            "Sentiment" = CASE WHEN EXISTS (SELECT 1 FROM "MentionCorrections" c WHERE c."MentionId" = "Mentions"."Id" AND c."Field" = 'sentiment') THEN "Sentiment" ELSE ?21 END,
            "Intent" = CASE WHEN EXISTS (SELECT 1 FROM "MentionCorrections" c WHERE c."MentionId" = "Mentions"."Id" AND c."Field" = 'intent') THEN "Intent" ELSE ?23 END,
            "IsSpam" = CASE WHEN EXISTS (SELECT 1 FROM "MentionCorrections" c WHERE c."MentionId" = "Mentions"."Id" AND c."Field" = 'spam') THEN "IsSpam" ELSE ?24 END
        WHERE "WorkspaceId" = ?1 AND "SourceKind" = ?3 AND "ExternalId" = ?4 AND ("EditedAt" IS NULL OR "EditedAt" < ?31)
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
        using var edit = batch.Any(m => m.Post.Raw.EditedAt is not null) ? new SqliteStatement(connection, UpdateEditedSql) : null;

        var stored = new List<StoredMention>(batch.Count);
        var remembered = new List<(Guid, string, Pantau.Core.Posts.PostAuthor, long, DateTimeOffset)>();
        foreach (var item in batch)
        {
            var post = item.Post;
            var raw = post.Raw;
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

            BindRow(mention, item, workspace, authorId, ingested);
            var edited = false;
            if (mention.ExecuteScalarInt64() is not { } mentionId)
            {
                if (edit is null || raw.EditedAt is null || UpdateEdited(edit, item, workspace, authorId, ingested) is not { } editedId)
                {
                    continue; // Already stored: a re-delivery, or an older version of an edited post.
                }

                (mentionId, edited) = (editedId, true);
            }

            foreach (var topicId in item.TopicIds)
            {
                topic.Bind(1, mentionId);
                topic.Bind(2, GuidBytes(topicId));
                topic.Bind(3, workspace);
                topic.Execute();
            }

            stored.Add(new StoredMention(mentionId, authorId, item, edited));
        }

        await transaction.CommitAsync(cancellationToken);

        // Only committed rows are remembered.
        foreach (var (workspaceId, network, postAuthor, id, at) in remembered)
        {
            _authors.Remember(workspaceId, network, postAuthor, id, at);
        }

        return stored;
    }


    private static long? UpdateEdited(SqliteStatement edit, MentionToStore item, byte[] workspace, long authorId, long ingested)
    {
        BindRow(edit, item, workspace, authorId, ingested);
        return edit.ExecuteScalarInt64();
    }

    /// <summary>Binds a mention's row; positions follow the column list of <see cref="InsertMentionSql"/>.</summary>
    private static void BindRow(SqliteStatement statement, MentionToStore item, byte[] workspace, long authorId, long ingested)
    {
        var post = item.Post;
        var raw = post.Raw;
        var enrichment = item.Enrichment;
        statement.Bind(1, workspace);
        statement.Bind(2, GuidBytes(post.SourceId));
        statement.Bind(3, raw.SourceKind);
        statement.Bind(4, raw.ExternalId);
        statement.Bind(5, raw.Network);
        statement.Bind(6, authorId);
        statement.Bind(7, raw.Title);
        statement.Bind(8, raw.Text);
        statement.Bind(9, post.FoldedText);
        statement.Bind(10, raw.Url);
        statement.Bind(11, raw.PublishedAt.ToUnixTimeMilliseconds());
        statement.Bind(12, ingested);
        statement.Bind(13, enrichment.Language);
        statement.Bind(14, raw.Country);
        statement.Bind(15, raw.InReplyToExternalId);
        statement.Bind(16, raw.RepostOfExternalId);
        statement.Bind(17, raw.QuoteOfExternalId);
        statement.Bind(18, raw.Engagement.Likes);
        statement.Bind(19, raw.Engagement.Shares);
        statement.Bind(20, raw.Engagement.Replies);
        statement.Bind(21, (int)enrichment.Sentiment);
        statement.Bind(22, enrichment.SentimentScore);
        statement.Bind(23, (int)enrichment.Intent);
        statement.Bind(24, enrichment.IsSpam);
        statement.Bind(25, enrichment.Reach);
        statement.Bind(26, enrichment.Impact);
        statement.Bind(27, JsonSerializer.Serialize(enrichment.Explanation, WriterJson.Default.IReadOnlyListString));
        statement.Bind(28, enrichment.SpamScore);
        statement.Bind(29, (int)enrichment.Risk);
        statement.Bind(30, raw.Html);
        statement.Bind(31, raw.EditedAt?.ToUnixTimeMilliseconds());
        statement.Bind(32, raw.ConversationId);
    }

    /// <summary>The SQLite model stores GUIDs as 16-byte blobs (<see cref="Guid.ToByteArray()"/>); raw writes must match it.</summary>
    internal static byte[] GuidBytes(Guid id) =>
        GuidBlobs.Count < 100_000 ? GuidBlobs.GetOrAdd(id, static g => g.ToByteArray()) : id.ToByteArray();

    // Workspace, source and topic ids repeat on every row: their bytes are made once.
    private static readonly ConcurrentDictionary<Guid, byte[]> GuidBlobs = new();
}
