using System.Globalization;
using Pantau.Core.Enrichment;
using Pantau.Core.Posts;
using Pantau.Data.Entities;
using Pantau.Data.Writers;

namespace Pantau.Data.Tests.Storage;

/// <summary>A workspace of a test's own, with a source and topics, and builders for its mentions.</summary>
public sealed class TestWorkspace
{
    public static readonly DateTimeOffset Epoch = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly ModelEnricher Enricher = new(ShippedModels.Instance, TimeProvider.System);

    private TestWorkspace(Guid id, Guid sourceId, IReadOnlyList<Guid> topicIds)
    {
        Id = id;
        SourceId = sourceId;
        TopicIds = topicIds;
    }

    public Guid Id { get; }
    public Guid SourceId { get; }
    public IReadOnlyList<Guid> TopicIds { get; }

    public static async Task<TestWorkspace> CreateAsync(StorageFixture fixture, int topics = 2)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var id = Guid.NewGuid();
        var slug = "ws-" + id.ToString("N")[..12];
        await using var db = fixture.CreateContext();
        db.Workspaces.Add(new Workspace { Id = id, Name = "Test " + slug, Slug = slug, CreatedAt = Epoch });
        var source = new Source { Id = Guid.NewGuid(), WorkspaceId = id, Kind = SourceKinds.Demo, Name = "Demo", CreatedAt = Epoch, UpdatedAt = Epoch };
        db.Sources.Add(source);
        var topicIds = new List<Guid>();
        for (var i = 0; i < topics; i++)
        {
            var topic = new Topic
            {
                Id = Guid.NewGuid(),
                WorkspaceId = id,
                Name = string.Create(CultureInfo.InvariantCulture, $"Topic {i}"),
                Query = string.Create(CultureInfo.InvariantCulture, $"brand{i}"),
                Color = "#1e88e5",
                CreatedAt = Epoch,
                UpdatedAt = Epoch,
            };
            db.Topics.Add(topic);
            topicIds.Add(topic.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new TestWorkspace(id, source.Id, topicIds);
    }

    public MentionToStore Mention(
        string externalId,
        string handle = "budi",
        long? followers = 100,
        string? displayName = "Budi",
        IReadOnlyList<Guid>? topics = null,
        DateTimeOffset? publishedAt = null,
        string text = "sinyal brand0 lemot banget",
        string sourceKind = SourceKinds.Demo,
        string network = "x",
        DateTimeOffset? ingestedAt = null)
    {
        var raw = new RawPost
        {
            SourceKind = sourceKind,
            ExternalId = externalId,
            Network = network,
            PublishedAt = publishedAt ?? Epoch,
            Text = text,
            Title = null,
            Url = "https://example.test/" + externalId,
            Author = new PostAuthor(handle, displayName, followers),
            Language = "id",
            Country = "ID",
            InReplyToExternalId = null,
            Engagement = new PostEngagement(3, 1, 2),
        };
        var post = NormalisedPost.From(Id, SourceId, raw);
        return new MentionToStore(post, topics ?? [TopicIds[0]], Enricher.Enrich(post), ingestedAt ?? Epoch.AddMinutes(1));
    }
}
