using Microsoft.EntityFrameworkCore;
using Pantau.Core.Alerts;
using Pantau.Core.Enrichment;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Alerts.Delivery;
using Pantau.Server.Alerts.Dispatch;
using Pantau.Server.Care.Measures;

namespace Pantau.Server.Alerts.Digests;

/// <summary>A workspace's digest of one period from the database: mentions and their change, sentiment, topics, top stories, open alerts and care.</summary>
public sealed class DigestBuilder(IDbContextFactory<PantauDbContext> contexts, CareMeasures care, AlertLinks links)
{
    public const int MaxStories = 5;
    public const int MaxRisks = 10;

    public async Task<DigestReport?> BuildAsync(Guid workspaceId, DigestPeriodKind kind, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await AlertNotices.WorkspaceAsync(db, workspaceId, cancellationToken) is not { } workspace)
        {
            return null;
        }

        var before = start - (end - start);
        var mentions = db.Mentions.AsNoTracking().Where(m => m.WorkspaceId == workspaceId);
        var sentiments = await mentions.Where(m => m.PublishedAt >= start && m.PublishedAt < end)
            .GroupBy(m => m.Sentiment).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var previous = await mentions.LongCountAsync(m => m.PublishedAt >= before && m.PublishedAt < start, cancellationToken);
        var total = sentiments.Sum(s => s.Count);

        var topicCounts = await (
                from mt in db.MentionTopics.AsNoTracking()
                join m in db.Mentions.AsNoTracking() on mt.MentionId equals m.Id
                where mt.WorkspaceId == workspaceId && m.PublishedAt >= before && m.PublishedAt < end
                group m by new { mt.TopicId, Current = m.PublishedAt >= start } into g
                select new { g.Key.TopicId, g.Key.Current, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var topics = await db.Topics.AsNoTracking().Where(t => t.WorkspaceId == workspaceId).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var topicRows = topics
            .Select(t => (t.Name,
                Now: topicCounts.Where(c => c.TopicId == t.Id && c.Current).Sum(c => c.Count),
                Then: topicCounts.Where(c => c.TopicId == t.Id && !c.Current).Sum(c => c.Count)))
            .Where(t => t.Now > 0 || t.Then > 0)
            .OrderByDescending(t => t.Now).ThenBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => new DigestTopic(t.Name, t.Now, Change(t.Now, t.Then)))
            .ToList();

        var storyPosts = await db.StoryMembers.AsNoTracking()
            .Where(m => m.WorkspaceId == workspaceId && m.At >= start && m.At < end)
            .GroupBy(m => m.StoryId).Select(g => new { StoryId = g.Key, Posts = g.Count() })
            .OrderByDescending(g => g.Posts).ThenBy(g => g.StoryId).Take(MaxStories)
            .ToListAsync(cancellationToken);
        var storyIds = storyPosts.Select(s => s.StoryId).ToList();
        var stories = await db.Stories.AsNoTracking().Where(s => s.WorkspaceId == workspaceId && storyIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var topStories = storyPosts.Where(s => stories.ContainsKey(s.StoryId))
            .Select(s => new DigestStory(stories[s.StoryId].Headline, "", s.Posts, stories[s.StoryId].TotalReach, links.Story(workspace.Slug, s.StoryId)))
            .ToList();

        var open = await db.Alerts.AsNoTracking()
            .Where(a => a.WorkspaceId == workspaceId && a.Status != AlertStatus.Resolved && a.ResolvedAt == null && a.FiredAt < end)
            .OrderByDescending(a => a.Severity).ThenByDescending(a => a.Number).Take(MaxRisks)
            .ToListAsync(cancellationToken);
        var risks = open.Select(a => new DigestRisk(AlertTitle.From(a.FactsJson, a.Title)?.In(workspace.Language) ?? a.Title,
            (AlertSeverity)a.Severity, a.FiredAt, links.Alert(workspace.Slug, a.Number))).ToList();

        DigestCare? careFigures = null;
        if (await db.Cases.AsNoTracking().AnyAsync(c => c.WorkspaceId == workspaceId, cancellationToken))
        {
            var figures = (await care.ReportAsync(workspaceId, start, end, cancellationToken)).Overall;
            careFigures = new DigestCare(figures.Cases, figures.Resolved,
                figures.MedianFirstResponseSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                figures.SlaAttainment * 100, figures.Backlog);
        }

        long Count(Sentiment sentiment) => sentiments.Where(s => s.Key == sentiment).Sum(s => s.Count);
        return new DigestReport(
            workspace.Name, workspace.Language, kind, start, end, total, Change(total, previous),
            new DigestSentiment(Count(Sentiment.Positive), Count(Sentiment.Neutral), Count(Sentiment.Negative)),
            topicRows, topStories, risks, careFigures, links.Dashboard(workspace.Slug))
        {
            TimeZoneId = workspace.TimeZoneId,
        };
    }

    private static double? Change(long now, long then) => then == 0 ? null : (now - then) * 100.0 / then;
}
