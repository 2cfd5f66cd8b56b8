using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pantau.Connectors.Abstractions;
using Pantau.Core.Enrichment;
using Pantau.Core.Posts;
using Pantau.Data.Corrections;
using Pantau.Data.Storage;
using Pantau.Data.Writers;

namespace Pantau.Data.Tests.Storage;

/// <summary>
/// Storage behaviour every provider must have. Each test runs once per provider through the subclasses at the end
/// of this file: SQLite always, PostgreSQL when the machine has it (and always on CI).
/// </summary>
public abstract class StorageTests<TFixture>(TFixture fixture) : IAsyncLifetime
    where TFixture : StorageFixture
{
    protected TFixture Fixture => fixture;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        fixture.Require();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private Task<TestWorkspace> NewWorkspaceAsync(int topics = 2) => TestWorkspace.CreateAsync(fixture, topics);

    private Task<IReadOnlyList<StoredMention>> WriteAsync(params MentionToStore[] batch) => fixture.CreateWriter().WriteAsync(batch, Ct);

    private async Task<int> CountMentionsAsync(Guid workspaceId)
    {
        await using var db = fixture.CreateContext();
        return await db.Mentions.CountAsync(m => m.WorkspaceId == workspaceId, Ct);
    }

    private async Task<int> CountTopicLinksAsync(Guid workspaceId)
    {
        await using var db = fixture.CreateContext();
        return await db.MentionTopics.CountAsync(t => t.WorkspaceId == workspaceId, Ct);
    }

    [Fact]
    public async Task Migrations_apply_and_match_the_model()
    {
        Assert.NotEmpty(fixture.MigrationsApplied);
        await using var db = fixture.CreateContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        Assert.Equal(fixture.MigrationsApplied, await db.Database.GetAppliedMigrationsAsync(Ct));
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed since the last migration: add one with dotnet ef migrations add.");
    }

    [Fact]
    public async Task AddPantauStorage_wires_the_provider_and_its_migrator_migrates_an_empty_database_once()
    {
        var settings = await fixture.NewEmptyDatabaseSettingsAsync(Ct);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddPantauStorage()
            .BuildServiceProvider(validateScopes: true);

        var migrator = services.GetRequiredService<DatabaseMigrator>();
        var applied = await migrator.MigrateAsync(Ct);
        Assert.Equal(fixture.MigrationsApplied, applied);
        Assert.Empty(await migrator.MigrateAsync(Ct));

        Assert.IsType(fixture.CreateWriter().GetType(), services.GetRequiredService<IMentionWriter>());
        Assert.IsType<SourceStateStore>(services.GetRequiredService<ISourceStateStore>());
        await using var db = await services.GetRequiredService<IDbContextFactory<PantauDbContext>>().CreateDbContextAsync(Ct);
        Assert.Equal(0, await db.Mentions.CountAsync(Ct));
    }

    [Fact]
    public async Task The_writer_stores_a_batch_and_returns_the_new_mentions()
    {
        var ws = await NewWorkspaceAsync();
        var published = new DateTimeOffset(2026, 10, 31, 21, 15, 30, 123, TimeSpan.FromHours(7));
        var batch = new[]
        {
            ws.Mention("a", publishedAt: published, text: "Sinyal brand0 LEMOT, tidak bagus 😡"),
            ws.Mention("b", handle: "sari"),
            ws.Mention("c", handle: "agus", topics: [ws.TopicIds[1]]),
        };

        var stored = await WriteAsync(batch);

        Assert.Equal(["a", "b", "c"], stored.Select(s => s.Item.Post.Raw.ExternalId));
        Assert.All(stored, s => Assert.True(s.Id > 0 && s.AuthorId > 0));
        Assert.Equal(3, stored.Select(s => s.Id).Distinct().Count());
        Assert.Equal(3, stored.Select(s => s.AuthorId).Distinct().Count());

        await using var db = fixture.CreateContext();
        var row = await db.Mentions.Include(m => m.Author).Include(m => m.Topics).SingleAsync(m => m.Id == stored[0].Id, Ct);
        var item = batch[0];
        Assert.Equal(ws.Id, row.WorkspaceId);
        Assert.Equal(ws.SourceId, row.SourceId);
        Assert.Equal(SourceKinds.Demo, row.SourceKind);
        Assert.Equal("a", row.ExternalId);
        Assert.Equal("x", row.Network);
        Assert.Equal("Sinyal brand0 LEMOT, tidak bagus 😡", row.Text);
        Assert.Equal(item.Post.FoldedText, row.SearchText);
        Assert.Equal("https://example.test/a", row.Url);
        Assert.Equal(published, row.PublishedAt); // the same instant, to the millisecond
        Assert.Equal(TestWorkspace.Epoch.AddMinutes(1), row.IngestedAt);
        Assert.Equal("id", row.Language);
        Assert.Equal("ID", row.Country);
        Assert.Equal((3, 1, 2), (row.Likes, row.Shares, row.Replies));
        Assert.Equal(Sentiment.Negative, row.Sentiment);
        Assert.Equal(item.Enrichment.SentimentScore, row.SentimentScore);
        Assert.Equal(Intent.Complaint, row.Intent);
        Assert.Equal(item.Enrichment.Reach, row.Reach);
        Assert.Equal(item.Enrichment.Impact, row.Impact, 6);
        Assert.Equal(item.Enrichment.Explanation, System.Text.Json.JsonSerializer.Deserialize<string[]>(row.Explanation!));
        Assert.Contains("tidak bagus", item.Enrichment.Explanation);
        Assert.Equal(stored[0].AuthorId, row.AuthorId);
        Assert.Equal("budi", row.Author!.Handle);
        Assert.Equal([ws.TopicIds[0]], row.Topics.Select(t => t.TopicId));
    }

    [Fact]
    public async Task Writing_the_same_batch_twice_stores_nothing_the_second_time()
    {
        var ws = await NewWorkspaceAsync();
        var batch = Enumerable.Range(0, 20).Select(i => ws.Mention($"m{i}", handle: $"user{i % 4}", topics: ws.TopicIds)).ToArray();

        Assert.Equal(20, (await WriteAsync(batch)).Count);
        Assert.Empty(await WriteAsync(batch));

        Assert.Equal(20, await CountMentionsAsync(ws.Id));
        Assert.Equal(40, await CountTopicLinksAsync(ws.Id));
    }

    [Fact]
    public async Task A_batch_overlapping_an_earlier_one_returns_only_its_new_mentions()
    {
        var ws = await NewWorkspaceAsync();
        await WriteAsync(ws.Mention("a"), ws.Mention("b"));

        var stored = await WriteAsync(ws.Mention("b"), ws.Mention("c"), ws.Mention("a"));

        Assert.Equal(["c"], stored.Select(s => s.Item.Post.Raw.ExternalId));
        Assert.Equal(3, await CountMentionsAsync(ws.Id));
    }

    [Fact]
    public async Task A_post_repeated_within_one_batch_is_stored_and_returned_once()
    {
        var ws = await NewWorkspaceAsync();

        var stored = await WriteAsync(ws.Mention("a"), ws.Mention("b"), ws.Mention("a", topics: ws.TopicIds));

        Assert.Equal(["a", "b"], stored.Select(s => s.Item.Post.Raw.ExternalId));
        Assert.Equal(2, await CountMentionsAsync(ws.Id));
        Assert.Equal(2, await CountTopicLinksAsync(ws.Id)); // the first copy's single topic, and b's
    }

    [Fact]
    public async Task An_edited_post_updates_its_mention_once_and_an_older_version_changes_nothing()
    {
        var ws = await NewWorkspaceAsync();
        var original = ws.Mention("item", text: "brand0 bagus sekali");
        await WriteAsync(original);

        var edit = Edited(ws.Mention("item", text: "brand0 ternyata lemot banget, kecewa", topics: ws.TopicIds), minutes: 30, html: "<p>brand0 <b>ternyata</b> lemot</p>");
        var stored = await WriteAsync(edit);

        var updated = Assert.Single(stored);
        Assert.True(updated.Edited);
        await using (var db = fixture.CreateContext())
        {
            var row = await db.Mentions.AsNoTracking().SingleAsync(m => m.WorkspaceId == ws.Id, Ct);
            Assert.Equal("brand0 ternyata lemot banget, kecewa", row.Text);
            Assert.Equal("<p>brand0 <b>ternyata</b> lemot</p>", row.Html);
            Assert.Equal(TestWorkspace.Epoch.AddMinutes(30), row.EditedAt);
            Assert.Equal(edit.Enrichment.Sentiment, row.Sentiment);
        }

        // The same edit again, and an older version, are re-deliveries.
        Assert.Empty(await WriteAsync(edit));
        Assert.Empty(await WriteAsync(Edited(ws.Mention("item", text: "brand0 versi lama"), minutes: 10)));
        Assert.Equal(1, await CountMentionsAsync(ws.Id));
        Assert.Equal(2, await CountTopicLinksAsync(ws.Id)); // the edit matched the second topic too
        await using (var db = fixture.CreateContext())
        {
            Assert.Equal("brand0 ternyata lemot banget, kecewa", (await db.Mentions.AsNoTracking().SingleAsync(m => m.WorkspaceId == ws.Id, Ct)).Text);
        }
    }

    [Fact]
    public async Task An_edit_keeps_what_a_person_corrected()
    {
        var ws = await NewWorkspaceAsync();
        var stored = Assert.Single(await WriteAsync(ws.Mention("item", text: "brand0 lemot banget")));
        await using (var db = fixture.CreateContext())
        {
            var result = await CorrectionWriter.ApplyAsync(
                db, ws.Id, stored.Id, new EnrichmentCorrection(Sentiment.Positive, null, null),
                new Corrector(null, "Rina"), TestWorkspace.Epoch.AddMinutes(5), Ct);
            Assert.True(result.Found);
        }

        var edit = Edited(ws.Mention("item", text: "brand0 lemot banget, kecewa berat, parah"), minutes: 30);
        Assert.Single(await WriteAsync(edit));

        await using var check = fixture.CreateContext();
        var row = await check.Mentions.AsNoTracking().SingleAsync(m => m.Id == stored.Id, Ct);
        Assert.Equal("brand0 lemot banget, kecewa berat, parah", row.Text);
        Assert.Equal(Sentiment.Positive, row.Sentiment); // corrected, so kept
        Assert.Equal(edit.Enrichment.Intent, row.Intent); // not corrected, so the edit's
        Assert.Equal(edit.Enrichment.SentimentScore, row.SentimentScore, 6);
    }

    [Fact]
    public async Task An_edit_of_a_post_never_stored_is_stored_as_new()
    {
        var ws = await NewWorkspaceAsync();

        var stored = Assert.Single(await WriteAsync(Edited(ws.Mention("late"), minutes: 5)));

        Assert.False(stored.Edited);
        Assert.Equal(1, await CountMentionsAsync(ws.Id));
    }

    private static MentionToStore Edited(MentionToStore mention, int minutes, string? html = null)
    {
        var raw = mention.Post.Raw with { EditedAt = TestWorkspace.Epoch.AddMinutes(minutes), Html = html };
        return mention with { Post = mention.Post with { Raw = raw } };
    }

    [Fact]
    public async Task An_empty_batch_stores_nothing()
    {
        Assert.Empty(await fixture.CreateWriter().WriteAsync([], Ct));
    }

    [Fact]
    public async Task Authors_are_upserted_one_row_per_workspace_network_and_handle()
    {
        var ws = await NewWorkspaceAsync();
        var first = await WriteAsync(ws.Mention("a", handle: "budi", followers: 100, displayName: "Budi"));
        var second = await WriteAsync(
            ws.Mention("b", handle: "budi", followers: 250, displayName: "Budi Santoso", ingestedAt: TestWorkspace.Epoch.AddHours(1)),
            ws.Mention("c", handle: "budi", followers: null, displayName: null, ingestedAt: TestWorkspace.Epoch.AddHours(1)));
        var otherNetwork = await WriteAsync(ws.Mention("d", handle: "budi", network: "facebook", followers: 7));

        Assert.Equal(first[0].AuthorId, second[0].AuthorId);
        Assert.Equal(first[0].AuthorId, second[1].AuthorId);
        Assert.NotEqual(first[0].AuthorId, otherNetwork[0].AuthorId);

        await using var db = fixture.CreateContext();
        var authors = await db.Authors.Where(a => a.WorkspaceId == ws.Id).OrderBy(a => a.Network).ToListAsync(Ct);
        Assert.Equal(2, authors.Count);
        var facebook = authors[0];
        var x = authors[1];
        Assert.Equal(("facebook", "budi", 7L), (facebook.Network, facebook.Handle, facebook.Followers!.Value));
        Assert.Equal(("x", "budi"), (x.Network, x.Handle));
        Assert.Equal(250, x.Followers); // updated, and not wiped by a later post that did not say
        Assert.Equal("Budi Santoso", x.DisplayName);
        Assert.Equal(TestWorkspace.Epoch.AddMinutes(1), x.FirstSeenAt);
        Assert.Equal(TestWorkspace.Epoch.AddHours(1), x.LastSeenAt);
        Assert.Equal(3, await db.Mentions.CountAsync(m => m.AuthorId == x.Id, Ct));
    }

    [Fact]
    public async Task The_same_author_twice_in_one_batch_is_one_row_with_the_latest_values()
    {
        var ws = await NewWorkspaceAsync();

        var stored = await WriteAsync(ws.Mention("a", handle: "sari", followers: 10), ws.Mention("b", handle: "sari", followers: 20));

        Assert.Equal(stored[0].AuthorId, stored[1].AuthorId);
        await using var db = fixture.CreateContext();
        var author = await db.Authors.SingleAsync(a => a.WorkspaceId == ws.Id, Ct);
        Assert.Equal(20, author.Followers);
    }

    [Fact]
    public async Task Topics_are_linked_to_new_mentions()
    {
        var ws = await NewWorkspaceAsync(topics: 3);

        var stored = await WriteAsync(
            ws.Mention("a", topics: [ws.TopicIds[0], ws.TopicIds[2]]),
            ws.Mention("b", topics: [ws.TopicIds[1]]),
            ws.Mention("c", topics: []));

        await using var db = fixture.CreateContext();
        var links = await db.MentionTopics.Where(t => t.WorkspaceId == ws.Id).ToListAsync(Ct);
        Assert.Equal(3, links.Count);
        Assert.Equal(
            new[] { ws.TopicIds[0], ws.TopicIds[2] }.Order(),
            links.Where(l => l.MentionId == stored[0].Id).Select(l => l.TopicId).Order());
        Assert.Equal([ws.TopicIds[1]], links.Where(l => l.MentionId == stored[1].Id).Select(l => l.TopicId));
        Assert.DoesNotContain(links, l => l.MentionId == stored[2].Id);
        var byTopic = await db.MentionTopics.Where(t => t.TopicId == ws.TopicIds[0]).Select(t => t.MentionId).ToListAsync(Ct);
        Assert.Equal([stored[0].Id], byTopic);
    }

    [Fact]
    public async Task Workspaces_are_kept_apart()
    {
        var a = await NewWorkspaceAsync();
        var b = await NewWorkspaceAsync();

        var stored = await WriteAsync(a.Mention("same-id", handle: "budi"), b.Mention("same-id", handle: "budi"));

        Assert.Equal(2, stored.Count);
        Assert.NotEqual(stored[0].Id, stored[1].Id);
        Assert.NotEqual(stored[0].AuthorId, stored[1].AuthorId); // an author is per workspace too
        Assert.Equal(1, await CountMentionsAsync(a.Id));
        Assert.Equal(1, await CountMentionsAsync(b.Id));
        Assert.Empty(await WriteAsync(b.Mention("same-id")));

        await using var db = fixture.CreateContext();
        Assert.Equal(1, await db.Authors.CountAsync(x => x.WorkspaceId == a.Id, Ct));
        Assert.Equal(1, await db.Authors.CountAsync(x => x.WorkspaceId == b.Id, Ct));
        Assert.Equal([b.TopicIds[0]], await db.MentionTopics.Where(t => t.WorkspaceId == b.Id).Select(t => t.TopicId).ToListAsync(Ct));
    }

    [Fact]
    public async Task The_same_external_id_from_another_source_kind_is_another_mention()
    {
        var ws = await NewWorkspaceAsync();

        var stored = await WriteAsync(ws.Mention("42", sourceKind: SourceKinds.Demo), ws.Mention("42", sourceKind: SourceKinds.Webhook));

        Assert.Equal(2, stored.Count);
        Assert.Equal(2, await CountMentionsAsync(ws.Id));
    }

    [Fact]
    public async Task Ten_thousand_posts_are_written_in_one_batch()
    {
        const int count = 10_000;
        var ws = await NewWorkspaceAsync();
        var batch = Enumerable.Range(0, count)
            .Select(i => ws.Mention($"bulk-{i}", handle: $"user{i % 500}", followers: i, topics: i % 3 == 0 ? ws.TopicIds : [ws.TopicIds[0]], publishedAt: TestWorkspace.Epoch.AddSeconds(i)))
            .ToArray();

        var stored = await fixture.CreateWriter().WriteAsync(batch, Ct);

        Assert.Equal(count, stored.Count);
        Assert.Equal(count, await CountMentionsAsync(ws.Id));
        Assert.Equal(count + ((count + 2) / 3), await CountTopicLinksAsync(ws.Id));
        await using var db = fixture.CreateContext();
        Assert.Equal(500, await db.Authors.CountAsync(a => a.WorkspaceId == ws.Id, Ct));
        Assert.Empty(await fixture.CreateWriter().WriteAsync(batch, Ct));
    }

    [Fact]
    public async Task Concurrent_writes_of_the_same_posts_store_each_once()
    {
        var ws = await NewWorkspaceAsync();
        var batch = Enumerable.Range(0, 200).Select(i => ws.Mention($"c{i}", handle: $"user{i % 10}")).ToArray();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => fixture.CreateWriter().WriteAsync(batch, Ct), Ct)));

        Assert.Equal(200, results.Sum(r => r.Count));
        Assert.Equal(200, results.SelectMany(r => r).Select(s => s.Item.Post.Raw.ExternalId).Distinct().Count());
        Assert.Equal(200, await CountMentionsAsync(ws.Id));
    }

    [Fact]
    public async Task Queries_filter_and_order_by_instants()
    {
        var ws = await NewWorkspaceAsync();
        var t0 = TestWorkspace.Epoch;
        // Stored out of order, with offsets other than UTC: order and filters must follow the instant.
        await WriteAsync(
            ws.Mention("late", publishedAt: t0.AddHours(3).ToOffset(TimeSpan.FromHours(7))),
            ws.Mention("early", publishedAt: t0.AddHours(-1).ToOffset(TimeSpan.FromHours(-5))),
            ws.Mention("middle", publishedAt: t0.AddMinutes(30)),
            ws.Mention("edge", publishedAt: t0),
            ws.Mention("ms", publishedAt: t0.AddMilliseconds(1)));

        await using var db = fixture.CreateContext();
        var mentions = db.Mentions.Where(m => m.WorkspaceId == ws.Id);

        Assert.Equal(
            ["late", "middle", "ms", "edge", "early"],
            await mentions.OrderByDescending(m => m.PublishedAt).Select(m => m.ExternalId).ToListAsync(Ct));

        var from = t0;
        var to = t0.AddHours(1);
        Assert.Equal(
            ["edge", "ms", "middle"],
            await mentions.Where(m => m.PublishedAt >= from && m.PublishedAt < to).OrderBy(m => m.PublishedAt).Select(m => m.ExternalId).ToListAsync(Ct));
        Assert.Equal(["early"], await mentions.Where(m => m.PublishedAt < from).Select(m => m.ExternalId).ToListAsync(Ct));
        Assert.Equal(["edge"], await mentions.Where(m => m.PublishedAt == from).Select(m => m.ExternalId).ToListAsync(Ct));

        Assert.Equal(t0.AddHours(3), await mentions.MaxAsync(m => m.PublishedAt, Ct));
        Assert.Equal(t0.AddHours(-1), await mentions.MinAsync(m => m.PublishedAt, Ct));
        var late = await mentions.SingleAsync(m => m.ExternalId == "late", Ct);
        Assert.Equal(t0.AddHours(3), late.PublishedAt);
        Assert.Equal(TimeSpan.Zero, late.PublishedAt.Offset); // read back as UTC
    }

    [Fact]
    public async Task Source_state_checkpoints_and_errors_are_recorded()
    {
        var ws = await NewWorkspaceAsync();
        var other = await NewWorkspaceAsync();
        var store = new SourceStateStore(fixture.Contexts);
        var t0 = TestWorkspace.Epoch;

        Assert.Null(await store.LoadCursorAsync(ws.SourceId, Ct));
        Assert.Null(await store.LoadCursorAsync(Guid.NewGuid(), Ct));

        await store.CheckpointAsync(ws.SourceId, "0:1000", new SourceProgress(t0, 1000, TimeSpan.FromSeconds(2.5)), Ct);
        Assert.Equal("0:1000", await store.LoadCursorAsync(ws.SourceId, Ct));

        await store.RecordErrorAsync(ws.SourceId, "503 Service Unavailable", t0.AddMinutes(1), t0.AddMinutes(1).AddSeconds(1), Ct);
        await store.RecordErrorAsync(ws.SourceId, "connection reset", t0.AddMinutes(2), t0.AddMinutes(2).AddSeconds(2), Ct);

        await using (var db = fixture.CreateContext())
        {
            var source = await db.Sources.AsNoTracking().SingleAsync(s => s.Id == ws.SourceId, Ct);
            Assert.Equal("0:1000", source.Cursor); // an error never moves the cursor
            Assert.Equal(t0, source.LastSuccessAt);
            Assert.Equal(1000, source.ItemsRead);
            Assert.Equal(2.5, source.LagSeconds);
            Assert.Equal(2, source.ConsecutiveFailures);
            Assert.Equal("connection reset", source.LastError);
            Assert.Equal(t0.AddMinutes(2), source.LastErrorAt);
            Assert.Equal(t0.AddMinutes(2).AddSeconds(2), source.NextAttemptAt);

            var due = t0.AddMinutes(5);
            Assert.Equal([ws.SourceId], await db.Sources.Where(s => s.NextAttemptAt != null && s.NextAttemptAt <= due).Select(s => s.Id).ToListAsync(Ct));
        }

        await store.CheckpointAsync(ws.SourceId, "0:1500", new SourceProgress(t0.AddMinutes(3), 500, null), Ct);

        await using (var db = fixture.CreateContext())
        {
            var source = await db.Sources.AsNoTracking().SingleAsync(s => s.Id == ws.SourceId, Ct);
            Assert.Equal("0:1500", source.Cursor);
            Assert.Equal(t0.AddMinutes(3), source.LastSuccessAt);
            Assert.Equal(1500, source.ItemsRead);
            Assert.Equal(2.5, source.LagSeconds); // no new lag: the last one stays
            Assert.Equal(0, source.ConsecutiveFailures);
            Assert.Null(source.NextAttemptAt);
            Assert.Equal("connection reset", source.LastError); // kept for the health page's history

            var untouched = await db.Sources.AsNoTracking().SingleAsync(s => s.Id == other.SourceId, Ct);
            Assert.Null(untouched.Cursor);
            Assert.Equal(0, untouched.ItemsRead);
            Assert.Equal(0, untouched.ConsecutiveFailures);
        }

        await store.CheckpointAsync(ws.SourceId, null, new SourceProgress(t0.AddMinutes(4), 0, null), Ct);
        Assert.Null(await store.LoadCursorAsync(ws.SourceId, Ct));
    }
}

public sealed class SqliteStorageTests(SqliteStorageFixture fixture)
    : StorageTests<SqliteStorageFixture>(fixture), IClassFixture<SqliteStorageFixture>;

public sealed class PostgresStorageTests(PostgresStorageFixture fixture)
    : StorageTests<PostgresStorageFixture>(fixture), IClassFixture<PostgresStorageFixture>;
