using Pantau.Core.Posts;

namespace Pantau.Core.Tests;

/// <summary>Builds posts for tests with only what a test cares about; use <c>with</c> on <see cref="Raw"/> for the rest.</summary>
internal static class Posts
{
    public static readonly Guid WorkspaceA = new("aaaaaaaa-0000-0000-0000-000000000001");
    public static readonly Guid WorkspaceB = new("bbbbbbbb-0000-0000-0000-000000000002");
    public static readonly Guid Source = new("cccccccc-0000-0000-0000-000000000003");

    public static RawPost Raw(string text, string? title = null, long? followers = null, string? language = null, PostEngagement? engagement = null) => new()
    {
        SourceKind = SourceKinds.Demo,
        ExternalId = "p1",
        Network = "x",
        PublishedAt = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero),
        Text = text,
        Title = title,
        Author = new PostAuthor("budi", "Budi", followers),
        Language = language,
        Engagement = engagement ?? PostEngagement.None,
    };

    public static NormalisedPost In(Guid workspace, string text, string? title = null) =>
        NormalisedPost.From(workspace, Source, Raw(text, title));

    public static NormalisedPost In(Guid workspace, RawPost raw) => NormalisedPost.From(workspace, Source, raw);
}
