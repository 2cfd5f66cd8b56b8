using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Pantau.Core.Queries;
using Pantau.Data;

namespace Pantau.Server.Topics;

/// <summary>
/// The enabled topics of every workspace, compiled into one matcher. Rebuilt whole and swapped atomically
/// when a topic changes, so the pipeline never waits for it.
/// </summary>
public sealed class TopicCatalog(IDbContextFactory<PantauDbContext> contexts, ILogger<TopicCatalog> logger) : IDisposable
{
    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile Snapshot _current = new(TopicMatcher.Empty, FrozenDictionary<Guid, TopicLabel>.Empty, FrozenDictionary<Guid, QueryError>.Empty);

    public TopicMatcher Matcher => _current.Matcher;

    /// <summary>Name and colour of every topic (enabled or not), to label mentions.</summary>
    public TopicLabel? Label(Guid topicId) => _current.Labels.GetValueOrDefault(topicId);

    /// <summary>Why an enabled topic is not being matched, when its stored query no longer parses (written for an older syntax).</summary>
    public QueryError? QueryError(Guid topicId) => _current.Rejected.GetValueOrDefault(topicId);

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        await _reload.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var topics = await db.Topics.AsNoTracking()
                .Select(t => new { t.Id, t.WorkspaceId, t.Name, t.Query, t.Color, t.Enabled })
                .ToListAsync(cancellationToken);
            var matcher = TopicMatcher.Compile(topics.Where(t => t.Enabled).Select(t => new TopicDefinition(t.Id, t.WorkspaceId, t.Query)));
            var labels = topics.ToFrozenDictionary(t => t.Id, t => new TopicLabel(t.Id, t.Name, t.Color));
            _current = new Snapshot(matcher, labels, matcher.Rejected.ToFrozenDictionary(r => r.TopicId, r => r.Error));
            logger.LogInformation("Compiled {Count} enabled topic(s) into the matcher", matcher.TopicCount);
            foreach (var rejected in matcher.Rejected)
            {
                logger.LogWarning("Topic {TopicId} is not matched: its query does not parse ({Error})", rejected.TopicId, rejected.Error.Message);
            }
        }
        finally
        {
            _reload.Release();
        }
    }

    public void Dispose() => _reload.Dispose();

    private sealed record Snapshot(TopicMatcher Matcher, FrozenDictionary<Guid, TopicLabel> Labels, FrozenDictionary<Guid, QueryError> Rejected);
}

public sealed record TopicLabel(Guid Id, string Name, string Color);
