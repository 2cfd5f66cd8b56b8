using Microsoft.EntityFrameworkCore;
using Pantau.Core.Alerts;
using Pantau.Core.Enrichment;
using Pantau.Data;
using Pantau.Data.Entities;

namespace Pantau.Server.Alerts.Engine;

/// <summary>
/// Each topic's mention counts by sentiment: per hour for the baseline's weeks (kept in <see cref="TopicVolumeHour"/> so a
/// restart keeps the history) and per minute for the recent windows the spike detector looks at (rebuilt from stored
/// mentions on start). Counted by publication time, never in the future. Used by the engine's one thread.
/// </summary>
public sealed class TopicVolumes
{
    /// <summary>Hours of history kept in memory: the baseline's four weeks plus the week its level factor compares.</summary>
    public const int HistoryHours = 36 * 24;

    /// <summary>Minutes kept for the recent windows.</summary>
    public const int RecentMinutes = 180;

    private const int RecentExamples = 20;

    /// <summary>
    /// Mentions one author adds to a topic's volume per hour: a flood from a handful of accounts is their noise, not the
    /// public's, and must not look like a spike.
    /// </summary>
    public const int MaxPerAuthorHour = 3;
    private static readonly int SentimentCount = Enum.GetValues<Sentiment>().Length;

    private readonly Dictionary<Guid, Series> _topics = [];
    private readonly HashSet<(Guid Topic, long Hour)> _dirtyHours = [];
    private readonly Dictionary<(Guid Topic, long Author, long Hour), int> _authorHours = [];

    public IEnumerable<(Guid WorkspaceId, Guid TopicId)> Topics => _topics.Select(t => (t.Value.WorkspaceId, t.Key));

    public void Add(Guid workspaceId, Guid topicId, Sentiment sentiment, DateTimeOffset publishedAt, long mentionId, long authorId, DateTimeOffset now)
    {
        var at = publishedAt > now ? now : publishedAt;
        var hour = HourIndex(at);
        if (hour <= HourIndex(now) - HistoryHours || !CountAuthor(topicId, authorId, hour))
        {
            return;
        }

        var series = SeriesOf(workspaceId, topicId);
        series.AddHour(hour, (int)sentiment, 1);
        _dirtyHours.Add((topicId, hour));
        var minute = MinuteIndex(at);
        if (minute > MinuteIndex(now) - RecentMinutes)
        {
            series.AddMinute(minute, (int)sentiment);
        }

        series.Remember((int)sentiment, mentionId);
    }

    /// <summary>The hourly counts of one series (a sentiment, or null for all) from <see cref="HistoryHours"/> ago to the current hour.</summary>
    public BucketCounts Hourly(Guid topicId, Sentiment? sentiment, DateTimeOffset now)
    {
        var last = HourIndex(now);
        var first = last - HistoryHours + 1;
        var counts = new int[HistoryHours];
        if (_topics.TryGetValue(topicId, out var series))
        {
            foreach (var (hour, bySentiment) in series.Hours)
            {
                if (hour >= first && hour <= last)
                {
                    counts[hour - first] = sentiment is { } s ? bySentiment[(int)s] : bySentiment.Sum();
                }
            }
        }

        return BucketCounts.Hourly(DateTimeOffset.FromUnixTimeSeconds(first * 3600), counts);
    }

    /// <summary>The per-minute counts of one series for the last <see cref="RecentMinutes"/>, the current minute included.</summary>
    public BucketCounts PerMinute(Guid topicId, Sentiment? sentiment, DateTimeOffset now)
    {
        var last = MinuteIndex(now);
        var first = last - RecentMinutes + 1;
        var counts = new int[RecentMinutes];
        if (_topics.TryGetValue(topicId, out var series))
        {
            foreach (var (minute, bySentiment) in series.Minutes)
            {
                if (minute >= first && minute <= last)
                {
                    counts[minute - first] = sentiment is { } s ? bySentiment[(int)s] : bySentiment.Sum();
                }
            }
        }

        return BucketCounts.PerMinute(DateTimeOffset.FromUnixTimeSeconds(first * 60), counts);
    }

    /// <summary>The latest mentions of a series, newest first, as an alert's examples.</summary>
    public IReadOnlyList<long> Examples(Guid topicId, Sentiment? sentiment) =>
        !_topics.TryGetValue(topicId, out var series) ? []
        : sentiment is { } s ? series.Recent[(int)s].Reverse().ToList()
        : series.Recent.SelectMany(r => r).OrderDescending().Take(RecentExamples).ToList();

    /// <summary>Drops what the windows no longer need.</summary>
    public void Trim(DateTimeOffset now)
    {
        var oldestHour = HourIndex(now) - HistoryHours;
        var oldestMinute = MinuteIndex(now) - RecentMinutes;
        var currentHour = HourIndex(now);
        foreach (var key in _authorHours.Keys.Where(k => k.Hour < currentHour - 1).ToList())
        {
            _authorHours.Remove(key);
        }

        foreach (var series in _topics.Values)
        {
            series.Trim(oldestHour, oldestMinute);
        }
    }

    /// <summary>Writes the hours counted since the last save into <see cref="TopicVolumeHour"/> (the caller saves).</summary>
    public async Task WriteAsync(PantauDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var (topic, hour) in _dirtyHours)
        {
            var series = _topics[topic];
            var start = DateTimeOffset.FromUnixTimeSeconds(hour * 3600);
            var rows = await db.TopicVolumeHours.Where(v => v.TopicId == topic && v.HourStart == start).ToListAsync(cancellationToken);
            var counts = series.Hours.GetValueOrDefault(hour) ?? new int[SentimentCount];
            for (var s = 0; s < SentimentCount; s++)
            {
                var row = rows.FirstOrDefault(r => r.Sentiment == s);
                if (row is null && counts[s] > 0)
                {
                    db.TopicVolumeHours.Add(new TopicVolumeHour { TopicId = topic, Sentiment = s, HourStart = start, WorkspaceId = series.WorkspaceId, Count = counts[s] });
                }
                else if (row is not null)
                {
                    row.Count = counts[s];
                }
            }
        }

        _dirtyHours.Clear();
    }

    /// <summary>Loads the stored hours and recounts the recent minutes from mentions up to the engine's cursor.</summary>
    public async Task LoadAsync(PantauDbContext db, long upToMention, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        _topics.Clear();
        _dirtyHours.Clear();
        _authorHours.Clear();
        var since = DateTimeOffset.FromUnixTimeSeconds((HourIndex(now) - HistoryHours + 1) * 3600);
        var topicsInUse = db.Topics.Select(t => t.Id);
        var hours = await db.TopicVolumeHours.AsNoTracking().Where(v => v.HourStart >= since && topicsInUse.Contains(v.TopicId)).ToListAsync(cancellationToken);
        foreach (var row in hours)
        {
            SeriesOf(row.WorkspaceId, row.TopicId).AddHour(HourIndex(row.HourStart), row.Sentiment, row.Count);
        }

        var recentFrom = now - TimeSpan.FromMinutes(RecentMinutes);
        var recent = await db.Mentions.AsNoTracking()
            .Where(m => m.Id <= upToMention && !m.IsSpam && m.PublishedAt >= recentFrom && m.PublishedAt <= now)
            .Join(db.MentionTopics, m => m.Id, t => t.MentionId, (m, t) => new { m.Id, m.WorkspaceId, t.TopicId, m.Sentiment, m.PublishedAt, m.AuthorId })
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);
        foreach (var m in recent)
        {
            if (!CountAuthor(m.TopicId, m.AuthorId, HourIndex(m.PublishedAt)))
            {
                continue;
            }

            var series = SeriesOf(m.WorkspaceId, m.TopicId);
            series.AddMinute(MinuteIndex(m.PublishedAt), (int)m.Sentiment);
            series.Remember((int)m.Sentiment, m.Id);
        }
    }

    private bool CountAuthor(Guid topicId, long authorId, long hour)
    {
        var key = (topicId, authorId, hour);
        var seen = _authorHours.GetValueOrDefault(key);
        if (seen >= MaxPerAuthorHour)
        {
            return false;
        }

        _authorHours[key] = seen + 1;
        return true;
    }

    private Series SeriesOf(Guid workspaceId, Guid topicId)
    {
        if (!_topics.TryGetValue(topicId, out var series))
        {
            series = new Series(workspaceId);
            _topics[topicId] = series;
        }

        return series;
    }

    private static long HourIndex(DateTimeOffset at) => at.ToUnixTimeSeconds() / 3600;

    private static long MinuteIndex(DateTimeOffset at) => at.ToUnixTimeSeconds() / 60;

    private sealed class Series(Guid workspaceId)
    {
        public Guid WorkspaceId { get; } = workspaceId;
        public Dictionary<long, int[]> Hours { get; } = [];
        public Dictionary<long, int[]> Minutes { get; } = [];
        public Queue<long>[] Recent { get; } = Enumerable.Range(0, SentimentCount).Select(_ => new Queue<long>()).ToArray();

        public void AddHour(long hour, int sentiment, int count)
        {
            if (!Hours.TryGetValue(hour, out var counts))
            {
                counts = new int[SentimentCount];
                Hours[hour] = counts;
            }

            counts[sentiment] += count;
        }

        public void AddMinute(long minute, int sentiment)
        {
            if (!Minutes.TryGetValue(minute, out var counts))
            {
                counts = new int[SentimentCount];
                Minutes[minute] = counts;
            }

            counts[sentiment]++;
        }

        public void Remember(int sentiment, long mentionId)
        {
            var queue = Recent[sentiment];
            queue.Enqueue(mentionId);
            if (queue.Count > RecentExamples)
            {
                queue.Dequeue();
            }
        }

        public void Trim(long oldestHour, long oldestMinute)
        {
            foreach (var hour in Hours.Keys.Where(h => h <= oldestHour).ToList())
            {
                Hours.Remove(hour);
            }

            foreach (var minute in Minutes.Keys.Where(m => m <= oldestMinute).ToList())
            {
                Minutes.Remove(minute);
            }
        }
    }
}
