using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pantau.Core.Enrichment;
using Pantau.Core.Enrichment.Language;
using Pantau.Core.Text;
using Pantau.Data;

namespace Pantau.Server.Mentions;

/// <summary>Reads mentions for the API and the UI, always inside one workspace (invariant 2).</summary>
public sealed class MentionReader(IDbContextFactory<PantauDbContext> contexts, MentionMapper mapper)
{
    public async Task<MentionPage> ListAsync(MentionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mentions = db.Mentions.AsNoTracking().Where(m => m.WorkspaceId == query.WorkspaceId);
        if (query.TopicId is { } topicId)
        {
            mentions = mentions.Where(m => db.MentionTopics.Any(t => t.MentionId == m.Id && t.TopicId == topicId));
        }

        if (query.SourceKind is { } kind)
        {
            mentions = mentions.Where(m => m.SourceKind == kind);
        }

        if (query.Network is { } network)
        {
            mentions = mentions.Where(m => m.Network == network);
        }

        if (query.Since is { } since)
        {
            mentions = mentions.Where(m => m.PublishedAt >= since);
        }

        if (query.Until is { } until)
        {
            mentions = mentions.Where(m => m.PublishedAt < until);
        }

        if (query.Sentiment is { } sentiment)
        {
            mentions = mentions.Where(m => m.Sentiment == sentiment);
        }

        mentions = query.Spam switch
        {
            SpamFilter.Include => mentions,
            SpamFilter.Only => mentions.Where(m => m.IsSpam),
            _ => mentions.Where(m => !m.IsSpam),
        };

        if (query.Intent is { } intent)
        {
            mentions = mentions.Where(m => m.Intent == intent);
        }

        if (query.Language is { } language)
        {
            // A mention stored without a language (before identification ran) counts as undetermined.
            mentions = language == LanguageIdentifier.Undetermined
                ? mentions.Where(m => m.Language == language || m.Language == null || m.Language == "")
                : mentions.Where(m => m.Language == language);
        }

        if (query.Risk is { } risk and not RiskSignals.None)
        {
            // Risk is stored as int flags: any of the asked signals.
            mentions = mentions.Where(m => (m.Risk & risk) != RiskSignals.None);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // Search text is stored folded by the same normaliser, so the search is case- and accent-insensitive.
            var folded = TextNormaliser.Fold(query.Search.Trim());
            mentions = mentions.Where(m => m.SearchText.Contains(folded));
        }

        if (query.Before is { } before)
        {
            mentions = mentions.Where(m => m.Id < before);
        }

        var limit = Math.Clamp(query.Limit, 1, MentionQuery.MaxLimit);
        var page = await mentions.OrderByDescending(m => m.Id).Take(limit + 1).Include(m => m.Author).ToListAsync(cancellationToken);
        var items = page.Take(limit).ToList();
        var ids = items.Select(m => m.Id).ToList();
        var links = await db.MentionTopics.AsNoTracking().Where(t => ids.Contains(t.MentionId)).ToListAsync(cancellationToken);
        var byMention = links.ToLookup(t => t.MentionId, t => t.TopicId);
        var corrections = (await db.MentionCorrections.AsNoTracking().Where(c => ids.Contains(c.MentionId)).ToListAsync(cancellationToken))
            .ToLookup(c => c.MentionId);
        var next = page.Count > limit ? items[^1].Id.ToString(CultureInfo.InvariantCulture) : null;
        return new MentionPage(items.Select(m => mapper.FromEntity(m, byMention[m.Id], corrections[m.Id])).ToList(), next);
    }

    public async Task<MentionDto?> GetAsync(Guid workspaceId, long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mention = await db.Mentions.AsNoTracking().Include(m => m.Author)
            .FirstOrDefaultAsync(m => m.WorkspaceId == workspaceId && m.Id == id, cancellationToken);
        if (mention is null)
        {
            return null;
        }

        var topicIds = await db.MentionTopics.AsNoTracking().Where(t => t.MentionId == id).Select(t => t.TopicId).ToListAsync(cancellationToken);
        var corrections = await db.MentionCorrections.AsNoTracking().Where(c => c.MentionId == id).ToListAsync(cancellationToken);
        return mapper.FromEntity(mention, topicIds, corrections);
    }
}
