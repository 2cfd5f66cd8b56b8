using Microsoft.EntityFrameworkCore;
using Pantau.Core.Enrichment;
using Pantau.Core.Posts;
using Pantau.Core.Queries;
using Pantau.Data;
using Pantau.Server.Mentions;
using Pantau.Server.Pipeline;

namespace Pantau.Server.Topics;

public sealed record QueryPreviewInput(string? Query);

/// <summary>How many posts of one kind were read and how many the query matched.</summary>
public sealed record PreviewCount(int Scanned, int Matched);

public sealed record PreviewExample(
    string Origin, long? MentionId, string Network, string AuthorHandle, string? AuthorName, DateTimeOffset PublishedAt,
    IReadOnlyList<TextSegment>? Title, IReadOnlyList<TextSegment> Text);

/// <summary>
/// What a query would match: among the workspace's stored mentions of the last 7 days (the newest
/// <see cref="QueryPreview.MaxStored"/>) and the recent posts that matched no topic, with examples whose matched
/// words are marked. Runs the pipeline's matcher on one compiled query.
/// </summary>
public sealed record QueryPreviewResult(
    QueryError? Error, int StoredInPeriod, PreviewCount Stored, PreviewCount Unmatched, IReadOnlyList<PreviewExample> Examples);

public sealed class QueryPreview(IDbContextFactory<PantauDbContext> contexts, MentionMapper mapper, UnmatchedPostSample unmatched, IEnricher enricher, TimeProvider clock)
{
    public const int MaxStored = 10_000;
    public const int ExamplesPerOrigin = 5;
    public static readonly TimeSpan Period = TimeSpan.FromDays(7);

    public async Task<QueryPreviewResult> PreviewAsync(Guid workspaceId, string query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!QueryParser.TryParse(query, out var parsed, out var error))
        {
            return new QueryPreviewResult(error!, 0, new(0, 0), new(0, 0), []);
        }

        var matcher = TopicMatcher.Compile(workspaceId, [(Guid.Empty, parsed!)]);
        var examples = new List<PreviewExample>();

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var since = clock.GetUtcNow() - Period;
        var inPeriod = db.Mentions.AsNoTracking().Where(m => m.WorkspaceId == workspaceId && m.PublishedAt >= since);
        var total = await inPeriod.CountAsync(cancellationToken);
        var stored = await inPeriod.Include(m => m.Author).OrderByDescending(m => m.PublishedAt).Take(MaxStored).ToListAsync(cancellationToken);
        var storedMatched = 0;
        foreach (var mention in stored)
        {
            var dto = mapper.FromEntity(mention, []);
            var post = dto.ToNormalisedPost();
            if (Check(matcher, post, "stored", dto.Id, examples))
            {
                storedMatched++;
            }
        }

        var sample = unmatched.Snapshot(workspaceId);
        var sampleMatched = 0;
        var readsLanguage = matcher.ReadsLanguage(workspaceId);
        foreach (var sampled in sample)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // As the pipeline does for a workspace with a lang: topic: a post that declared no language gets the identified one.
            var post = readsLanguage && sampled.Raw.Language is null
                ? sampled with { Raw = sampled.Raw with { Language = enricher.IdentifyLanguage(sampled) } }
                : sampled;
            if (Check(matcher, post, "unmatched", null, examples))
            {
                sampleMatched++;
            }
        }

        return new QueryPreviewResult(null, total, new(stored.Count, storedMatched), new(sample.Count, sampleMatched), examples);
    }

    private static bool Check(TopicMatcher matcher, NormalisedPost post, string origin, long? mentionId, List<PreviewExample> examples)
    {
        if (examples.Count(e => e.Origin == origin) >= ExamplesPerOrigin)
        {
            return matcher.Match(post).Count > 0;
        }

        var match = matcher.Explain(post);
        if (match.Count == 0)
        {
            return false;
        }

        var raw = post.Raw;
        var highlights = match[0].Highlights;
        examples.Add(new PreviewExample(
            origin, mentionId, raw.Network, raw.Author.Handle, raw.Author.DisplayName, raw.PublishedAt,
            raw.Title is null ? null : TextSegments.Split(raw.Title, highlights, PostField.Title),
            TextSegments.Split(raw.Text, highlights, PostField.Text)));
        return true;
    }
}
