using Microsoft.EntityFrameworkCore;
using Pantau.Core.Alerts;
using Pantau.Core.Enrichment;
using Pantau.Core.Stories;
using Pantau.Data;
using Pantau.Data.Entities;

namespace Pantau.Server.Alerts.Engine;

/// <summary>
/// Clusters mentions into stories as they arrive (Pantau.Core's <see cref="StoryIndex"/>) and stores a story once a second
/// post joins its first. On start the index is rebuilt from the stored window: known members keep their story, and the
/// other recent mentions are indexed as stories of one so that a copy arriving later still finds its original.
/// </summary>
public sealed class StoryTracker
{
    public const int HeadlineLength = 300;

    private readonly StoryFingerprint _fingerprint = new();
    private readonly Dictionary<long, int> _contentWords = [];
    private StoryIndex _index = new();

    public StoryIndexOptions Options { get; } = new();

    public int IndexedPosts => _index.PostCount;

    /// <summary>The post's own address counts as one of its links, so an article and the posts that link to it are one story.</summary>
    public static StoryPost PostOf(Guid workspaceId, long mentionId, string network, string externalId, DateTimeOffset publishedAt, string text, string? url, string? repostOf, string? quoteOf, string? inReplyTo) =>
        new(workspaceId, mentionId, Key(network, externalId), publishedAt, url is { Length: > 0 } && !text.Contains(url, StringComparison.Ordinal) ? text + "\n" + url : text)
        {
            RepostOf = repostOf is null ? null : Key(network, repostOf),
            QuoteOf = quoteOf is null ? null : Key(network, quoteOf),
            InReplyTo = inReplyTo is null ? null : Key(network, inReplyTo),
        };

    public async Task RebuildAsync(PantauDbContext db, long upToMention, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        _index = new StoryIndex(Options);
        var since = now - Options.Window;
        var recent = await db.Mentions.AsNoTracking()
            .Where(m => m.Id <= upToMention && !m.IsSpam && m.IngestedAt >= since)
            .OrderByDescending(m => m.Id).Take(Options.MaxPosts)
            .Select(m => new { m.Id, m.WorkspaceId, m.Network, m.ExternalId, m.PublishedAt, m.Text, m.Url, m.RepostOf, m.QuoteOf, m.InReplyTo })
            .ToListAsync(cancellationToken);
        if (recent.Count == 0)
        {
            return;
        }

        var lowest = recent[^1].Id;
        var members = await db.StoryMembers.AsNoTracking().Where(m => m.MentionId >= lowest && m.MentionId <= upToMention)
            .ToDictionaryAsync(m => m.MentionId, m => m.StoryId, cancellationToken);
        for (var i = recent.Count - 1; i >= 0; i--)
        {
            var m = recent[i];
            var post = PostOf(m.WorkspaceId, m.Id, m.Network, m.ExternalId, m.PublishedAt, m.Text, m.Url, m.RepostOf, m.QuoteOf, m.InReplyTo);
            _index.Seed(post, members.GetValueOrDefault(m.Id, m.Id));
        }
    }

    /// <summary>Assigns the post; when it joined a story, writes the story and the membership (the caller saves). Returns the story id it joined, if any.</summary>
    public async Task<long?> TrackAsync(PantauDbContext db, StoryPost post, long authorId, long reach, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(post);
        var assignment = _index.Assign(post);
        if (assignment.IsNewStory)
        {
            return null;
        }

        var story = db.Stories.Local.FirstOrDefault(s => s.Id == assignment.StoryId)
            ?? await db.Stories.FirstOrDefaultAsync(s => s.Id == assignment.StoryId, cancellationToken);
        if (story is null)
        {
            // The first post becomes a member when the second joins: stories of one are never stored.
            var first = await db.Mentions.AsNoTracking().Where(m => m.Id == assignment.StoryId)
                .Select(m => new { m.Id, m.WorkspaceId, m.Text, m.Title, m.PublishedAt, m.AuthorId, m.Reach }).FirstOrDefaultAsync(cancellationToken);
            if (first is null || first.WorkspaceId != post.WorkspaceId)
            {
                return null;
            }

            var headline = (first.Title is { Length: > 0 } title ? title + " — " : "") + first.Text;
            story = new Story
            {
                Id = first.Id,
                WorkspaceId = first.WorkspaceId,
                Headline = headline.Length > HeadlineLength ? headline[..(HeadlineLength - 1)] + "…" : headline,
                FirstSeenAt = first.PublishedAt,
                LastSeenAt = first.PublishedAt,
                Posts = 1,
                DistinctAuthors = 1,
                TotalReach = first.Reach,
                MaxReach = first.Reach,
            };
            db.Stories.Add(story);
            db.StoryMembers.Add(new StoryMember { MentionId = first.Id, StoryId = first.Id, WorkspaceId = first.WorkspaceId, JoinedBy = "first", Similarity = 1, At = first.PublishedAt });
            if (authorId != first.AuthorId)
            {
                story.DistinctAuthors = 2;
            }
        }
        else if (!await AuthorCarriedAsync(db, story.Id, authorId, cancellationToken))
        {
            story.DistinctAuthors++;
        }

        story.Posts++;
        story.TotalReach += reach;
        story.MaxReach = Math.Max(story.MaxReach, reach);
        if (post.PublishedAt > story.LastSeenAt)
        {
            story.LastSeenAt = post.PublishedAt;
        }

        if (post.PublishedAt < story.FirstSeenAt)
        {
            story.FirstSeenAt = post.PublishedAt;
        }

        db.StoryMembers.Add(new StoryMember
        {
            MentionId = post.MentionId,
            StoryId = story.Id,
            WorkspaceId = post.WorkspaceId,
            JoinedBy = assignment.Join.ToString().ToLowerInvariant(),
            Similarity = assignment.Join == StoryJoin.Text ? assignment.Score : 1,
            At = post.PublishedAt,
        });
        return story.Id;
    }

    /// <summary>
    /// The story's growth for the spread detector, from its stored members (the caller has saved them): copies per window,
    /// who carried it, how negative or risky it is and how it was copied. Reads every member once, so the cost grows with
    /// the story; the first post's content words are computed once per story.
    /// </summary>
    public async Task<(StoryActivity Activity, IReadOnlyList<long> Latest)?> ActivityAsync(PantauDbContext db, long storyId, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var story = await db.Stories.AsNoTracking().FirstOrDefaultAsync(s => s.Id == storyId, cancellationToken);
        if (story is null)
        {
            return null;
        }

        var members = await db.StoryMembers.AsNoTracking().Where(m => m.StoryId == storyId)
            .Join(db.Mentions, m => m.MentionId, x => x.Id, (m, x) => new { m.MentionId, m.At, m.JoinedBy, x.AuthorId, x.Reach, x.Sentiment, x.Risk })
            .ToListAsync(cancellationToken);
        var inWindow = members.Count(m => m.At > now - window);
        var before = members.Count(m => m.At <= now - window && m.At > now - (2 * window));
        var latest = members.OrderByDescending(m => m.At).Take(20).Select(m => m.MentionId).ToList();
        var firstAuthor = members.FirstOrDefault(m => m.MentionId == story.Id)?.AuthorId;
        if (!_contentWords.TryGetValue(storyId, out var words))
        {
            var text = await db.Mentions.AsNoTracking().Where(m => m.Id == story.Id).Select(m => m.Text).FirstOrDefaultAsync(cancellationToken) ?? "";
            _fingerprint.Compute(text);
            words = _fingerprint.ContentWords;
            if (_contentWords.Count >= Options.MaxPosts)
            {
                _contentWords.Clear();
            }

            _contentWords[storyId] = words;
        }

        var activity = new StoryActivity(story.Id, story.WorkspaceId, story.Posts, inWindow, before, story.DistinctAuthors, story.MaxReach, story.FirstSeenAt, story.LastSeenAt)
        {
            MaxCarrierReach = members.Where(m => m.AuthorId != firstAuthor).Select(m => m.Reach).DefaultIfEmpty(0).Max(),
            NegativeCopies = members.Count(m => m.Sentiment == Sentiment.Negative),
            Risky = members.Any(m => m.Risk != RiskSignals.None),
            OriginalContentWords = words,
            CopiesJoinedByLink = members.Count(m => m.JoinedBy is "repost" or "quote" or "link"),
        };
        return (activity, latest);
    }

    private static async Task<bool> AuthorCarriedAsync(PantauDbContext db, long storyId, long authorId, CancellationToken cancellationToken)
    {
        var pending = db.StoryMembers.Local.Where(m => m.StoryId == storyId).Select(m => m.MentionId).ToList();
        if (pending.Count > 0 && await db.Mentions.AnyAsync(m => pending.Contains(m.Id) && m.AuthorId == authorId, cancellationToken))
        {
            return true;
        }

        return await db.StoryMembers.Where(m => m.StoryId == storyId)
            .Join(db.Mentions, m => m.MentionId, x => x.Id, (m, x) => x.AuthorId).AnyAsync(a => a == authorId, cancellationToken);
    }

    private static string Key(string network, string id) => network + ":" + id;
}
