using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Pantau.Data.Writers;

/// <summary>
/// Batched writes to PostgreSQL: three set-based statements per batch (authors, mentions, topic links) over
/// <c>unnest</c> of array parameters, so a batch costs three round trips whatever its size.
/// </summary>
public sealed class PostgresMentionWriter(NpgsqlDataSource dataSource) : IMentionWriter
{
    private const string UpsertAuthorsSql = """
        INSERT INTO "Authors" ("WorkspaceId", "Network", "Handle", "DisplayName", "Followers", "Verified", "FirstSeenAt", "LastSeenAt")
        SELECT a.ws, a.network, a.handle, a.name, a.followers, a.verified, a.first, a.last
        FROM unnest(@ws, @network, @handle, @name, @followers, @verified, @first, @last) AS a(ws, network, handle, name, followers, verified, first, last)
        ON CONFLICT ("WorkspaceId", "Network", "Handle") DO UPDATE SET
            "DisplayName" = COALESCE(excluded."DisplayName", "Authors"."DisplayName"),
            "Followers" = COALESCE(excluded."Followers", "Authors"."Followers"),
            "Verified" = excluded."Verified",
            "LastSeenAt" = GREATEST("Authors"."LastSeenAt", excluded."LastSeenAt")
        RETURNING "Id", "WorkspaceId", "Network", "Handle";
        """;

    private const string InsertMentionsSql = """
        INSERT INTO "Mentions" ("WorkspaceId", "SourceId", "SourceKind", "ExternalId", "Network", "AuthorId", "Title", "Text",
            "SearchText", "Url", "PublishedAt", "IngestedAt", "Language", "Country", "InReplyTo", "RepostOf", "QuoteOf",
            "Likes", "Shares", "Replies", "Sentiment", "SentimentScore", "Intent", "IsSpam", "Reach", "Impact", "Explanation",
            "SpamScore", "Risk", "Html", "EditedAt", "ConversationId")
        SELECT * FROM unnest(@ws, @source, @kind, @external, @network, @author, @title, @text, @search, @url, @published,
            @ingested, @language, @country, @replyTo, @repostOf, @quoteOf, @likes, @shares, @replies, @sentiment, @score,
            @intent, @spam, @reach, @impact, @explanation, @spamScore, @risk, @html, @edited, @conversation)
        ON CONFLICT ("WorkspaceId", "SourceKind", "ExternalId") DO NOTHING
        RETURNING "Id", "WorkspaceId", "SourceKind", "ExternalId";
        """;

    /// <summary>
    /// Newer versions of stored posts (<see cref="Pantau.Core.Posts.RawPost.EditedAt"/>) replace their text and
    /// enrichment, unless the stored version is as new; a field a person corrected keeps the correction.
    /// </summary>
    private const string UpdateEditedSql = """
        UPDATE "Mentions" AS m SET "Title" = e.title, "Text" = e.text, "SearchText" = e.search, "Url" = e.url,
            "Language" = e.language, "Likes" = e.likes, "Shares" = e.shares, "Replies" = e.replies,
            "SentimentScore" = e.score, "Reach" = e.reach, "Impact" = e.impact, "Explanation" = e.explanation,
            "SpamScore" = e.spam_score, "Risk" = e.risk, "Html" = e.html, "EditedAt" = e.edited,
            "Sentiment" = CASE WHEN EXISTS (SELECT 1 FROM "MentionCorrections" c WHERE c."MentionId" = m."Id" AND c."Field" = 'sentiment') THEN m."Sentiment" ELSE e.sentiment END,
            "Intent" = CASE WHEN EXISTS (SELECT 1 FROM "MentionCorrections" c WHERE c."MentionId" = m."Id" AND c."Field" = 'intent') THEN m."Intent" ELSE e.intent END,
            "IsSpam" = CASE WHEN EXISTS (SELECT 1 FROM "MentionCorrections" c WHERE c."MentionId" = m."Id" AND c."Field" = 'spam') THEN m."IsSpam" ELSE e.spam END
        FROM unnest(@ws, @kind, @external, @title, @text, @search, @url, @language, @likes, @shares, @replies, @sentiment,
            @score, @intent, @spam, @reach, @impact, @explanation, @spamScore, @risk, @html, @edited)
            AS e(ws, kind, external, title, text, search, url, language, likes, shares, replies, sentiment, score, intent,
                 spam, reach, impact, explanation, spam_score, risk, html, edited)
        WHERE m."WorkspaceId" = e.ws AND m."SourceKind" = e.kind AND m."ExternalId" = e.external
            AND (m."EditedAt" IS NULL OR m."EditedAt" < e.edited)
        RETURNING m."Id", m."WorkspaceId", m."SourceKind", m."ExternalId";
        """;

    private const string InsertTopicsSql = """
        INSERT INTO "MentionTopics" ("MentionId", "TopicId", "WorkspaceId")
        SELECT * FROM unnest(@mention, @topic, @ws)
        ON CONFLICT DO NOTHING;
        """;

    public async Task<IReadOnlyList<StoredMention>> WriteAsync(IReadOnlyList<MentionToStore> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return [];
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var authorIds = await UpsertAuthorsAsync(connection, transaction, batch, cancellationToken);
        var stored = await InsertMentionsAsync(connection, transaction, batch, authorIds, cancellationToken);
        await InsertTopicsAsync(connection, transaction, stored, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    private static async Task<Dictionary<(Guid, string, string), long>> UpsertAuthorsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<MentionToStore> batch, CancellationToken cancellationToken)
    {
        // One row per author: ON CONFLICT DO UPDATE may not touch the same row twice in a statement. The posts of
        // one author are merged in batch order the way one upsert per post would (as the SQLite writer does): a later
        // post that does not say the name or the followers keeps what an earlier one said.
        var authors = new Dictionary<(Guid, string, string), AuthorRow>();
        foreach (var item in batch)
        {
            var key = (item.Post.WorkspaceId, item.Post.Raw.Network, item.Post.Raw.Author.Handle);
            var author = item.Post.Raw.Author;
            var seen = item.IngestedAt.ToUniversalTime();
            authors[key] = authors.TryGetValue(key, out var known)
                ? new AuthorRow(
                    key,
                    author.DisplayName ?? known.Name,
                    author.Followers ?? known.Followers,
                    author.Verified,
                    seen < known.FirstSeen ? seen : known.FirstSeen,
                    seen > known.LastSeen ? seen : known.LastSeen)
                : new AuthorRow(key, author.DisplayName, author.Followers, author.Verified, seen, seen);
        }

        var rows = authors.Values.ToList();
        await using var command = new NpgsqlCommand(UpsertAuthorsSql, connection, transaction);
        command.Parameters.Add(Array("ws", NpgsqlDbType.Uuid, rows.Select(r => r.Key.WorkspaceId)));
        command.Parameters.Add(Array("network", NpgsqlDbType.Text, rows.Select(r => r.Key.Network)));
        command.Parameters.Add(Array("handle", NpgsqlDbType.Text, rows.Select(r => r.Key.Handle)));
        command.Parameters.Add(Array("name", NpgsqlDbType.Text, rows.Select(r => r.Name)));
        command.Parameters.Add(Array("followers", NpgsqlDbType.Bigint, rows.Select(r => r.Followers)));
        command.Parameters.Add(Array("verified", NpgsqlDbType.Boolean, rows.Select(r => r.Verified)));
        command.Parameters.Add(Array("first", NpgsqlDbType.TimestampTz, rows.Select(r => r.FirstSeen)));
        command.Parameters.Add(Array("last", NpgsqlDbType.TimestampTz, rows.Select(r => r.LastSeen)));

        var ids = new Dictionary<(Guid, string, string), long>(rows.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids[(reader.GetGuid(1), reader.GetString(2), reader.GetString(3))] = reader.GetInt64(0);
        }

        return ids;
    }

    private static async Task<List<StoredMention>> InsertMentionsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<MentionToStore> batch,
        Dictionary<(Guid, string, string), long> authorIds, CancellationToken cancellationToken)
    {
        long AuthorOf(MentionToStore m) => authorIds[(m.Post.WorkspaceId, m.Post.Raw.Network, m.Post.Raw.Author.Handle)];

        await using var command = new NpgsqlCommand(InsertMentionsSql, connection, transaction);
        var p = command.Parameters;
        p.Add(Array("ws", NpgsqlDbType.Uuid, batch.Select(m => m.Post.WorkspaceId)));
        p.Add(Array("source", NpgsqlDbType.Uuid, batch.Select(m => m.Post.SourceId)));
        p.Add(Array("kind", NpgsqlDbType.Text, batch.Select(m => m.Post.Raw.SourceKind)));
        p.Add(Array("external", NpgsqlDbType.Text, batch.Select(m => m.Post.Raw.ExternalId)));
        p.Add(Array("network", NpgsqlDbType.Text, batch.Select(m => m.Post.Raw.Network)));
        p.Add(Array("author", NpgsqlDbType.Bigint, batch.Select(AuthorOf)));
        p.Add(Array("published", NpgsqlDbType.TimestampTz, batch.Select(m => m.Post.Raw.PublishedAt.ToUniversalTime())));
        p.Add(Array("ingested", NpgsqlDbType.TimestampTz, batch.Select(m => m.IngestedAt.ToUniversalTime())));
        p.Add(Array("country", NpgsqlDbType.Text, batch.Select(m => m.Post.Raw.Country)));
        p.Add(Array("replyTo", NpgsqlDbType.Text, batch.Select(m => m.Post.Raw.InReplyToExternalId)));
        p.Add(Array("repostOf", NpgsqlDbType.Text, batch.Select(m => m.Post.Raw.RepostOfExternalId)));
        p.Add(Array("quoteOf", NpgsqlDbType.Text, batch.Select(m => m.Post.Raw.QuoteOfExternalId)));
        p.Add(Array("conversation", NpgsqlDbType.Text, batch.Select(m => m.Post.Raw.ConversationId)));
        AddContent(p, batch);

        var inserted = new Dictionary<(Guid, string, string), long>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                inserted[(reader.GetGuid(1), reader.GetString(2), reader.GetString(3))] = reader.GetInt64(0);
            }
        }

        var stored = new List<StoredMention>(inserted.Count);
        foreach (var item in batch)
        {
            // Remove, so that a post repeated within one batch is reported once.
            if (inserted.Remove((item.Post.WorkspaceId, item.Post.Raw.SourceKind, item.Post.Raw.ExternalId), out var id))
            {
                stored.Add(new StoredMention(id, AuthorOf(item), item));
            }
        }

        // Edits that were not new: one version per post (the newest), since UPDATE … FROM must not touch a row twice.
        var edits = batch
            .Where(m => m.Post.Raw.EditedAt is not null && !stored.Any(s => ReferenceEquals(s.Item, m)))
            .GroupBy(m => (m.Post.WorkspaceId, m.Post.Raw.SourceKind, m.Post.Raw.ExternalId))
            .Select(g => g.MaxBy(m => m.Post.Raw.EditedAt)!)
            .ToList();
        if (edits.Count > 0)
        {
            stored.AddRange(await UpdateEditedAsync(connection, transaction, edits, AuthorOf, cancellationToken));
        }

        return stored;
    }

    private static async Task<List<StoredMention>> UpdateEditedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<MentionToStore> edits, Func<MentionToStore, long> authorOf,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(UpdateEditedSql, connection, transaction);
        var p = command.Parameters;
        p.Add(Array("ws", NpgsqlDbType.Uuid, edits.Select(m => m.Post.WorkspaceId)));
        p.Add(Array("kind", NpgsqlDbType.Text, edits.Select(m => m.Post.Raw.SourceKind)));
        p.Add(Array("external", NpgsqlDbType.Text, edits.Select(m => m.Post.Raw.ExternalId)));
        AddContent(p, edits);

        var updated = new Dictionary<(Guid, string, string), long>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                updated[(reader.GetGuid(1), reader.GetString(2), reader.GetString(3))] = reader.GetInt64(0);
            }
        }

        return edits
            .Where(m => updated.ContainsKey((m.Post.WorkspaceId, m.Post.Raw.SourceKind, m.Post.Raw.ExternalId)))
            .Select(m => new StoredMention(updated[(m.Post.WorkspaceId, m.Post.Raw.SourceKind, m.Post.Raw.ExternalId)], authorOf(m), m, Edited: true))
            .ToList();
    }

    private static async Task InsertTopicsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<StoredMention> stored, CancellationToken cancellationToken)
    {
        var links = stored.SelectMany(s => s.Item.TopicIds.Select(t => (s.Id, Topic: t, s.Item.Post.WorkspaceId))).ToList();
        if (links.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(InsertTopicsSql, connection, transaction);
        command.Parameters.Add(Array("mention", NpgsqlDbType.Bigint, links.Select(l => l.Id)));
        command.Parameters.Add(Array("topic", NpgsqlDbType.Uuid, links.Select(l => l.Topic)));
        command.Parameters.Add(Array("ws", NpgsqlDbType.Uuid, links.Select(l => l.WorkspaceId)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The columns an edit replaces, shared by the insert and the update of edited posts.</summary>
    private static void AddContent(NpgsqlParameterCollection p, IReadOnlyList<MentionToStore> rows)
    {
        p.Add(Array("title", NpgsqlDbType.Text, rows.Select(m => m.Post.Raw.Title)));
        p.Add(Array("text", NpgsqlDbType.Text, rows.Select(m => m.Post.Raw.Text)));
        p.Add(Array("search", NpgsqlDbType.Text, rows.Select(m => m.Post.FoldedText)));
        p.Add(Array("url", NpgsqlDbType.Text, rows.Select(m => m.Post.Raw.Url)));
        p.Add(Array("language", NpgsqlDbType.Text, rows.Select(m => m.Enrichment.Language)));
        p.Add(Array("likes", NpgsqlDbType.Integer, rows.Select(m => m.Post.Raw.Engagement.Likes)));
        p.Add(Array("shares", NpgsqlDbType.Integer, rows.Select(m => m.Post.Raw.Engagement.Shares)));
        p.Add(Array("replies", NpgsqlDbType.Integer, rows.Select(m => m.Post.Raw.Engagement.Replies)));
        p.Add(Array("sentiment", NpgsqlDbType.Integer, rows.Select(m => (int)m.Enrichment.Sentiment)));
        p.Add(Array("score", NpgsqlDbType.Double, rows.Select(m => m.Enrichment.SentimentScore)));
        p.Add(Array("intent", NpgsqlDbType.Integer, rows.Select(m => (int)m.Enrichment.Intent)));
        p.Add(Array("spam", NpgsqlDbType.Boolean, rows.Select(m => m.Enrichment.IsSpam)));
        p.Add(Array("reach", NpgsqlDbType.Bigint, rows.Select(m => m.Enrichment.Reach)));
        p.Add(Array("impact", NpgsqlDbType.Double, rows.Select(m => m.Enrichment.Impact)));
        p.Add(Array("explanation", NpgsqlDbType.Text, rows.Select(m => JsonSerializer.Serialize(m.Enrichment.Explanation, WriterJson.Default.IReadOnlyListString))));
        p.Add(Array("spamScore", NpgsqlDbType.Double, rows.Select(m => m.Enrichment.SpamScore)));
        p.Add(Array("risk", NpgsqlDbType.Integer, rows.Select(m => (int)m.Enrichment.Risk)));
        p.Add(Array("html", NpgsqlDbType.Text, rows.Select(m => m.Post.Raw.Html)));
        p.Add(Array("edited", NpgsqlDbType.TimestampTz, rows.Select(m => m.Post.Raw.EditedAt?.ToUniversalTime())));
    }

    private sealed record AuthorRow(
        (Guid WorkspaceId, string Network, string Handle) Key,
        string? Name,
        long? Followers,
        bool Verified,
        DateTimeOffset FirstSeen,
        DateTimeOffset LastSeen);

    private static NpgsqlParameter Array<T>(string name, NpgsqlDbType type, IEnumerable<T> values) =>
        new(name, NpgsqlDbType.Array | type) { Value = values.ToArray() };
}
