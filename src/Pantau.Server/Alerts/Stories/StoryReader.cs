using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Server.Alerts.Crises;

namespace Pantau.Server.Alerts.Stories;

public sealed record StorySummaryDto(long Id, string Headline, DateTimeOffset FirstSeenAt, DateTimeOffset LastSeenAt, int Posts, int DistinctAuthors, long TotalReach, long MaxReach, int RecentPosts);

/// <summary>Stories for the stories page and the crisis room: the liveliest first, and one story's spread.</summary>
public sealed class StoryReader(IDbContextFactory<PantauDbContext> contexts, TimeProvider clock)
{
    public const int ExcerptLength = 280;
    public const int MaxCopies = 200;
    public const int MaxCarriers = 10;

    /// <summary>Stories seen in the period, the fastest-growing (posts in the last hour) first.</summary>
    public async Task<IReadOnlyList<StorySummaryDto>> ListAsync(Guid workspaceId, TimeSpan period, int limit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = now - period;
        var hourAgo = now - TimeSpan.FromHours(1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Stories.AsNoTracking()
            .Where(s => s.WorkspaceId == workspaceId && s.LastSeenAt >= since)
            .OrderByDescending(s => s.LastSeenAt).Take(500)
            .Select(s => new StorySummaryDto(s.Id, s.Headline, s.FirstSeenAt, s.LastSeenAt, s.Posts, s.DistinctAuthors, s.TotalReach, s.MaxReach,
                db.StoryMembers.Count(m => m.StoryId == s.Id && m.At >= hourAgo)))
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(s => s.RecentPosts).ThenByDescending(s => s.Posts).ThenByDescending(s => s.LastSeenAt).Take(Math.Clamp(limit, 1, 200)).ToList();
    }

    public async Task<StorySpreadDto?> SpreadAsync(Guid workspaceId, long storyId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await SpreadAsync(db, workspaceId, storyId, cancellationToken);
    }

    internal static async Task<StorySpreadDto?> SpreadAsync(PantauDbContext db, Guid workspaceId, long storyId, CancellationToken cancellationToken)
    {
        var story = await db.Stories.AsNoTracking().FirstOrDefaultAsync(s => s.Id == storyId && s.WorkspaceId == workspaceId, cancellationToken);
        if (story is null)
        {
            return null;
        }

        var copies = await db.StoryMembers.AsNoTracking().Where(m => m.StoryId == storyId)
            .Join(db.Mentions, m => m.MentionId, x => x.Id, (m, x) => new
            {
                m.MentionId, m.JoinedBy, x.PublishedAt, x.Network, x.AuthorId, AuthorName = x.Author!.DisplayName, x.Author.Handle,
                x.Reach, x.Text, x.Url, x.IsSpam,
            })
            .OrderBy(c => c.PublishedAt).ThenBy(c => c.MentionId).Take(5000).ToListAsync(cancellationToken);
        copies = copies.Where(c => !c.IsSpam).ToList();

        // Bucket size grows with the story's age so the timeline stays readable: 5 minutes for a young story, hours for an old one.
        var span = copies.Count > 0 ? copies[^1].PublishedAt - copies[0].PublishedAt : TimeSpan.Zero;
        var bucket = span <= TimeSpan.FromHours(3) ? TimeSpan.FromMinutes(5) : span <= TimeSpan.FromDays(2) ? TimeSpan.FromHours(1) : TimeSpan.FromHours(6);
        var timeline = copies
            .GroupBy(c => (At: Floor(c.PublishedAt, bucket), c.Network))
            .Select(g => new SpreadPointDto(g.Key.At, g.Key.Network, g.Count()))
            .OrderBy(p => p.At).ThenBy(p => p.Network, StringComparer.Ordinal).ToList();
        var carriers = copies.GroupBy(c => c.AuthorId)
            .Select(g => new CarrierDto(g.Key, g.First().AuthorName ?? g.First().Handle ?? "?", g.First().Handle, g.First().Network, g.Max(c => c.Reach), g.Count(), g.Min(c => c.PublishedAt)))
            .OrderByDescending(c => c.Reach).Take(MaxCarriers).ToList();
        var list = copies.Take(MaxCopies).Select(c => new StoryCopyDto(
            c.MentionId, c.Network, c.AuthorName ?? c.Handle ?? "?", c.Reach, c.Text.Length > ExcerptLength ? c.Text[..ExcerptLength] + "…" : c.Text,
            c.JoinedBy, c.PublishedAt, c.Url)).ToList();
        return new StorySpreadDto(story.Id, story.Headline, story.FirstSeenAt, story.LastSeenAt, story.Posts, story.DistinctAuthors, story.TotalReach,
            story.Id, timeline, carriers, list);
    }

    private static DateTimeOffset Floor(DateTimeOffset at, TimeSpan bucket) => new(at.UtcTicks - (at.UtcTicks % bucket.Ticks), TimeSpan.Zero);
}
