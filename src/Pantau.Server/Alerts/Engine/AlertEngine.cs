using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pantau.Core.Alerts;
using Pantau.Core.Enrichment;
using Pantau.Core.Posts;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Alerts.Dispatch;
using Pantau.Server.Alerts.Rules;
using Pantau.Server.Hosting;
using Pantau.Server.Topics;

namespace Pantau.Server.Alerts.Engine;

/// <summary>
/// The alert engine. It reads stored mentions in id order after its cursor and, in the transaction that moves the cursor,
/// clusters them into stories, matches the alert rules, counts topic volume and raises or grows incidents; once a
/// <see cref="AlertOptions.TickInterval"/> it looks for volume spikes and ends quiet incidents. A crash re-reads at most
/// one batch, and the incident policy makes a re-read firing an update, not a second alert.
/// </summary>
public sealed class AlertEngine(
    IDbContextFactory<PantauDbContext> contexts,
    AlertEngineSignal signal,
    AlertRuleCatalog rules,
    AlertRaiser raiser,
    AlertOutbox outbox,
    AlertFeed feed,
    TopicCatalog topics,
    Readiness readiness,
    IOptions<AlertOptions> options,
    TimeProvider clock,
    ILogger<AlertEngine> logger) : BackgroundService
{
    public const string CursorName = "alert-engine";

    /// <summary>On first start over an existing database, mentions older than this are history: counted, never alerted.</summary>
    public static readonly TimeSpan FirstStartLookBack = TimeSpan.FromHours(1);

    private static readonly StorySpreadRule DefaultStoryRule = new();
    private readonly StoryTracker _stories = new();
    private readonly TopicVolumes _volumes = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _loaded;
    private DateTimeOffset _lastTick = DateTimeOffset.MinValue;

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.EngineEnabled)
        {
            return;
        }

        await readiness.WhenReady.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RunOnceAsync(stoppingToken) >= options.Value.BatchSize)
                {
                }

                if (clock.GetUtcNow() - _lastTick >= options.Value.TickInterval)
                {
                    await TickAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "The alert engine failed; it retries from its cursor");
                _loaded = false;
                await Task.Delay(TimeSpan.FromSeconds(2), clock, stoppingToken);
            }

            await signal.WaitAsync(TimeSpan.FromSeconds(5), clock, stoppingToken);
        }
    }

    /// <summary>Reads one batch of new mentions; returns how many it read.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await ReadBatchAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Looks for volume spikes in every topic and ends incidents that have gone quiet.</summary>
    public async Task TickAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await EnsureLoadedAsync(cancellationToken);
            await DetectSpikesAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> ReadBatchAsync(CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var compiled = await rules.CurrentAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cursor = await db.ProcessingCursors.FirstAsync(c => c.Name == CursorName, cancellationToken);
        var batch = await db.Mentions.AsNoTracking().Where(m => m.Id > cursor.Position).OrderBy(m => m.Id).Take(options.Value.BatchSize)
            .Select(m => new Incoming(
                m.Id, m.WorkspaceId, m.SourceId, m.SourceKind, m.ExternalId, m.Network, m.AuthorId, m.Author!.Handle, m.Author.DisplayName, m.Author.Followers,
                m.Title, m.Text, m.Url, m.PublishedAt, m.Language, m.Country, m.InReplyTo, m.RepostOf, m.QuoteOf, m.Sentiment, m.Intent, m.IsSpam, m.Risk,
                m.Reach, m.Impact, m.Topics.Select(t => t.TopicId).ToList()))
            .ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        var settings = await SettingsAsync(db, batch.Select(m => m.WorkspaceId).Distinct(), cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var touchedStories = new HashSet<long>();
        var ruleHits = new Dictionary<Guid, (AlertRuleMatch Match, List<long> Mentions, Incoming Example)>();
        foreach (var m in batch)
        {
            if (m.IsSpam)
            {
                continue;
            }

            foreach (var topic in m.TopicIds)
            {
                _volumes.Add(m.WorkspaceId, topic, m.Sentiment, m.PublishedAt, m.Id, m.AuthorId, now);
            }

            var workspaceSettings = settings.GetValueOrDefault(m.WorkspaceId);
            if (workspaceSettings?.StoriesEnabled != false)
            {
                var post = StoryTracker.PostOf(m.WorkspaceId, m.Id, m.Network, m.ExternalId, m.PublishedAt, m.Text, m.Url, m.RepostOf, m.QuoteOf, m.InReplyTo);
                if (await _stories.TrackAsync(db, post, m.AuthorId, m.Reach, cancellationToken) is { } story)
                {
                    touchedStories.Add(story);
                }
            }

            if (compiled.RuleCount > 0)
            {
                foreach (var match in compiled.Match(Candidate(m)))
                {
                    if (!ruleHits.TryGetValue(match.Rule.Id, out var hit))
                    {
                        hit = (match, [], m);
                    }

                    hit.Mentions.Add(m.Id);
                    ruleHits[match.Rule.Id] = hit with { Example = m };
                }
            }
        }

        await _volumes.WriteAsync(db, cancellationToken);
        cursor.Position = batch[^1].Id;
        cursor.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);

        var changes = new List<AlertChange>();
        foreach (var (ruleId, hit) in ruleHits)
        {
            var rule = hit.Match.Rule;
            var firing = new AlertFiring(AlertIncidentKey.ForRule(rule.WorkspaceId, ruleId), rule.Severity, hit.Mentions.Count, now);
            var facts = new JsonObject
            {
                ["rule"] = rule.Name,
                ["authorList"] = hit.Match.AuthorList,
                ["example"] = Excerpt(hit.Example.Text),
                ["exampleAuthor"] = hit.Example.AuthorName ?? hit.Example.AuthorHandle,
            };
            var excerpt = Excerpt(hit.Example.Text, 120);
            var title = new AlertTitle($"{rule.Name}: {excerpt}", $"{rule.Name}: {excerpt}");
            if (await raiser.RaiseAsync(db, new AlertRaise(firing, title, facts, hit.Mentions) { RuleId = ruleId, TopicId = hit.Example.TopicIds.FirstOrDefault() is var t && t != Guid.Empty ? t : null }, now, cancellationToken) is { } change)
            {
                changes.Add(change);
            }
        }

        foreach (var storyId in touchedStories)
        {
            if (await StoryChangeAsync(db, storyId, settings, now, cancellationToken) is { } change)
            {
                changes.Add(change);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Publish(changes);
        return batch.Count;
    }

    private async Task<AlertChange?> StoryChangeAsync(PantauDbContext db, long storyId, IReadOnlyDictionary<Guid, AlertSettings> settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var probe = await _stories.ActivityAsync(db, storyId, DefaultStoryRule.Window, now, cancellationToken);
        if (probe is not { } found)
        {
            return null;
        }

        var (activity, latest) = found;
        var reach = settings.GetValueOrDefault(activity.WorkspaceId)?.StoryReachThreshold ?? DefaultStoryRule.InfluencerReach;
        var detector = new StorySpreadDetector(DefaultStoryRule with { InfluencerReach = reach });
        var reading = detector.Evaluate(activity);
        if (!reading.IsSpreading)
        {
            return null;
        }

        var headline = await db.Stories.AsNoTracking().Where(s => s.Id == storyId).Select(s => s.Headline).FirstAsync(cancellationToken);
        var gist = Excerpt(headline, 100);
        var copies = activity.TotalCopies.ToString(CultureInfo.InvariantCulture);
        var inWindow = activity.CopiesInWindow.ToString(CultureInfo.InvariantCulture);
        var title = reading.Reason.HasFlag(StorySpreadReason.FastGrowth)
            ? new AlertTitle($"Cerita menyebar cepat: {copies} salinan, {inWindow} dalam 30 menit — “{gist}”", $"Story spreading fast: {copies} copies, {inWindow} in 30 minutes — “{gist}”")
            : new AlertTitle($"Cerita dibawa akun berpengaruh ({activity.MaxCarrierReach:N0} pengikut): “{gist}”", $"Story carried by an influential account ({activity.MaxCarrierReach:N0} followers): “{gist}”");
        var facts = new JsonObject
        {
            ["storyId"] = storyId,
            ["copies"] = activity.TotalCopies,
            ["inWindow"] = activity.CopiesInWindow,
            ["inPreviousWindow"] = activity.CopiesInPreviousWindow,
            ["authors"] = activity.DistinctAuthors,
            ["maxReach"] = activity.MaxAuthorReach,
            ["carrierReach"] = activity.MaxCarrierReach,
            ["negative"] = activity.NegativeCopies,
            ["growth"] = double.IsFinite(reading.Growth) ? reading.Growth : null,
            ["reason"] = reading.Reason.ToString(),
        };
        var firing = new AlertFiring(AlertIncidentKey.ForStory(activity.WorkspaceId, storyId), reading.Severity, activity.TotalCopies, now);
        return await raiser.RaiseAsync(db, new AlertRaise(firing, title, facts, latest) { StoryId = storyId }, now, cancellationToken);
    }

    private async Task DetectSpikesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        _lastTick = now;
        _volumes.Trim(now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var series = _volumes.Topics.ToList();
        var settings = await SettingsAsync(db, series.Select(s => s.WorkspaceId).Distinct(), cancellationToken);
        var zones = await db.CareSettings.AsNoTracking().Select(c => new { c.WorkspaceId, c.TimeZone }).ToDictionaryAsync(c => c.WorkspaceId, c => c.TimeZone, cancellationToken);
        var changes = new List<AlertChange>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (workspaceId, topicId) in series)
        {
            var workspace = settings.GetValueOrDefault(workspaceId);
            if (workspace?.SpikesEnabled == false || topics.Label(topicId) is not { } label)
            {
                continue;
            }

            var baseline = new VolumeBaseline(Zone(zones.GetValueOrDefault(workspaceId)));
            var detector = new SpikeDetector(baseline, (SpikeSensitivity)(workspace?.SpikeSensitivity ?? (int)SpikeSensitivity.Normal));
            foreach (var sentiment in Series)
            {
                var reading = detector.Evaluate(sentiment, _volumes.Hourly(topicId, sentiment, now), _volumes.PerMinute(topicId, sentiment, now), now);
                if (!reading.IsSpike)
                {
                    continue;
                }

                var seriesId = topicId.ToString("D", CultureInfo.InvariantCulture) + "/" + (sentiment is { } s ? EnrichmentNames.Name(s) : "all");
                var title = new AlertTitle(
                    SpikeDescription.Text(label.Name, sentiment, reading, CultureInfo.GetCultureInfo("id-ID")),
                    SpikeDescription.Text(label.Name, sentiment, reading, CultureInfo.GetCultureInfo("en-GB")));
                var facts = new JsonObject
                {
                    ["topic"] = label.Name,
                    ["sentiment"] = sentiment is { } sv ? EnrichmentNames.Name(sv) : null,
                    ["observed"] = reading.Observed,
                    ["expected"] = Math.Round(reading.Expected, 2),
                    ["ratio"] = Math.Round(reading.Ratio, 2),
                    ["windowMinutes"] = reading.WindowMinutes,
                    ["tailProbability"] = reading.TailProbability,
                    ["localDay"] = reading.LocalDay.ToString(),
                    ["localHour"] = reading.LocalHour,
                    ["basis"] = reading.Basis.ToString(),
                };
                var firing = new AlertFiring(AlertIncidentKey.ForSeries(workspaceId, seriesId), reading.Severity, reading.Observed, now);
                if (await raiser.RaiseAsync(db, new AlertRaise(firing, title, facts, _volumes.Examples(topicId, sentiment)) { TopicId = topicId }, now, cancellationToken) is { } change)
                {
                    changes.Add(change);
                }
            }
        }

        await raiser.EndQuietAsync(db, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Publish(changes);
    }

    /// <summary>
    /// The series that alert: all mentions, and negative ones. Positive and neutral volume are counted (a launch or a campaign
    /// raises them on purpose) but a rise in them is good news, not an incident.
    /// </summary>
    private static readonly Sentiment?[] Series = [null, Sentiment.Negative];

    private void Publish(List<AlertChange> changes)
    {
        foreach (var change in changes)
        {
            feed.Publish(change);
        }

        if (changes.Any(c => c.Kind != AlertChangeKind.Changed))
        {
            outbox.Wake();
        }
    }

    private async Task EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (_loaded)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var cursor = await db.ProcessingCursors.FirstOrDefaultAsync(c => c.Name == CursorName, cancellationToken);
        if (cursor is null)
        {
            var historyEnds = now - FirstStartLookBack;
            var start = await db.Mentions.Where(m => m.IngestedAt < historyEnds).MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0;
            cursor = new ProcessingCursor { Name = CursorName, Position = start, UpdatedAt = now };
            db.ProcessingCursors.Add(cursor);
            await db.SaveChangesAsync(cancellationToken);
        }

        await _volumes.LoadAsync(db, cursor.Position, now, cancellationToken);
        await _stories.RebuildAsync(db, cursor.Position, now, cancellationToken);
        _loaded = true;
        logger.LogInformation("The alert engine resumes after mention {Position} with {Posts} recent posts indexed for stories", cursor.Position, _stories.IndexedPosts);
    }

    private static async Task<Dictionary<Guid, AlertSettings>> SettingsAsync(PantauDbContext db, IEnumerable<Guid> workspaces, CancellationToken cancellationToken)
    {
        var ids = workspaces.ToList();
        return await db.AlertSettings.AsNoTracking().Where(s => ids.Contains(s.WorkspaceId)).ToDictionaryAsync(s => s.WorkspaceId, cancellationToken);
    }

    private static TimeZoneInfo Zone(string? id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id ?? "Asia/Jakarta");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
        }
    }

    private static AlertCandidate Candidate(Incoming m)
    {
        var raw = new RawPost
        {
            SourceKind = m.SourceKind,
            ExternalId = m.ExternalId,
            Network = m.Network,
            PublishedAt = m.PublishedAt,
            Text = m.Text,
            Title = m.Title,
            Url = m.Url,
            Author = new PostAuthor(m.AuthorHandle, m.AuthorName, m.Followers),
            Language = m.Language,
            Country = m.Country,
            InReplyToExternalId = m.InReplyTo,
            RepostOfExternalId = m.RepostOf,
        };
        return new AlertCandidate(m.WorkspaceId, m.Id, m.TopicIds, m.SourceKind, m.Network, m.Language, m.Sentiment, m.Intent, m.Risk, m.IsSpam,
            m.Reach, m.Impact, m.AuthorHandle, NormalisedPost.From(m.WorkspaceId, m.SourceId, raw));
    }

    private static string Excerpt(string text, int length = 280)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length > length ? flat[..(length - 1)] + "…" : flat;
    }

    private sealed record Incoming(
        long Id, Guid WorkspaceId, Guid SourceId, string SourceKind, string ExternalId, string Network, long AuthorId, string AuthorHandle, string? AuthorName,
        long? Followers, string? Title, string Text, string? Url, DateTimeOffset PublishedAt, string? Language, string? Country, string? InReplyTo,
        string? RepostOf, string? QuoteOf, Sentiment Sentiment, Intent Intent, bool IsSpam, RiskSignals Risk, long Reach, double Impact, List<Guid> TopicIds);
}
