using Microsoft.EntityFrameworkCore;
using Pantau.Core.Enrichment;
using Pantau.Data.Entities;

namespace Pantau.Data.Corrections;

/// <summary>New values for some of a mention's enrichment fields; null leaves a field as it is.</summary>
public sealed record EnrichmentCorrection(Sentiment? Sentiment = null, Intent? Intent = null, bool? IsSpam = null)
{
    public bool IsEmpty => Sentiment is null && Intent is null && IsSpam is null;
}

/// <summary>Who corrects: a user (with the name to remember), or an API key (no user id).</summary>
public sealed record Corrector(Guid? UserId, string Name);

/// <summary>What a correction did: nothing when the mention is not in the workspace; else the rows it wrote (none when nothing changed).</summary>
public sealed record CorrectionResult(bool Found, IReadOnlyList<MentionCorrection> Written)
{
    public static readonly CorrectionResult NotFound = new(false, []);
}

/// <summary>
/// Writes a correction: the mention takes the new (effective) values, so every count and filter follows at once, and
/// one <see cref="MentionCorrection"/> row per changed field keeps the history. Both in one transaction.
/// </summary>
public static class CorrectionWriter
{
    public static async Task<CorrectionResult> ApplyAsync(
        PantauDbContext db, Guid workspaceId, long mentionId, EnrichmentCorrection change, Corrector by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(by);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // A no-op update takes the row's write lock (PostgreSQL; SQLite's transaction already holds the write lock), so two
        // people correcting the same mention at once are serialised and each "from" is the value the other left. It also
        // checks the workspace: a mention of another workspace is not found (invariant 2).
        var locked = await db.Mentions.Where(m => m.WorkspaceId == workspaceId && m.Id == mentionId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.IsSpam, m => m.IsSpam), cancellationToken);
        if (locked == 0)
        {
            return CorrectionResult.NotFound;
        }

        var mention = await db.Mentions.SingleAsync(m => m.WorkspaceId == workspaceId && m.Id == mentionId, cancellationToken);
        var written = new List<MentionCorrection>(3);

        if (change.Sentiment is { } sentiment && sentiment != mention.Sentiment)
        {
            written.Add(Row(CorrectionFields.Sentiment, EnrichmentNames.Name(mention.Sentiment), EnrichmentNames.Name(sentiment)));
            mention.Sentiment = sentiment;
        }

        if (change.Intent is { } intent && intent != mention.Intent)
        {
            written.Add(Row(CorrectionFields.Intent, EnrichmentNames.Name(mention.Intent), EnrichmentNames.Name(intent)));
            mention.Intent = intent;
        }

        if (change.IsSpam is { } spam && spam != mention.IsSpam)
        {
            written.Add(Row(CorrectionFields.Spam, EnrichmentNames.Name(mention.IsSpam), EnrichmentNames.Name(spam)));
            mention.IsSpam = spam;
        }

        if (written.Count == 0)
        {
            return new CorrectionResult(true, []); // nothing changed: no history row; the transaction rolls back
        }

        db.MentionCorrections.AddRange(written);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CorrectionResult(true, written);

        MentionCorrection Row(string field, string from, string to) => new()
        {
            WorkspaceId = workspaceId,
            MentionId = mentionId,
            Field = field,
            FromValue = from,
            ToValue = to,
            CorrectedBy = by.UserId,
            CorrectedByName = by.Name.Length > 256 ? by.Name[..256] : by.Name,
            CreatedAt = at,
        };
    }
}
