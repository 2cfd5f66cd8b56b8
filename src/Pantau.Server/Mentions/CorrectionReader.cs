using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Data.Entities;

namespace Pantau.Server.Mentions;

/// <summary>One correction of one field. <c>from</c>/<c>to</c> are lower-case names, or <c>true</c>/<c>false</c> for spam.</summary>
public sealed record CorrectionDto(long Id, long MentionId, string Field, string From, string To, Guid? ByUserId, string By, DateTimeOffset At)
{
    public static CorrectionDto Of(MentionCorrection c) => new(c.Id, c.MentionId, c.Field, c.FromValue, c.ToValue, c.CorrectedBy, c.CorrectedByName, c.CreatedAt);
}

/// <summary>How much the team has corrected in a workspace: in all, per field, and per change of value.</summary>
public sealed record CorrectionSummaryDto(int Total, int Mentions, IReadOnlyList<FieldCountDto> Fields, IReadOnlyList<ChangeCountDto> Changes);

public sealed record FieldCountDto(string Field, int Count);

public sealed record ChangeCountDto(string Field, string From, string To, int Count);

/// <summary>Reads corrections, always inside one workspace (invariant 2).</summary>
public sealed class CorrectionReader(IDbContextFactory<PantauDbContext> contexts)
{
    /// <summary>A mention's corrections, newest first; null when the mention is not in the workspace.</summary>
    public async Task<IReadOnlyList<CorrectionDto>?> ListAsync(Guid workspaceId, long mentionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Mentions.AnyAsync(m => m.WorkspaceId == workspaceId && m.Id == mentionId, cancellationToken))
        {
            return null;
        }

        var rows = await db.MentionCorrections.AsNoTracking()
            .Where(c => c.WorkspaceId == workspaceId && c.MentionId == mentionId)
            .OrderByDescending(c => c.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(CorrectionDto.Of).ToList();
    }

    public async Task<CorrectionSummaryDto> SummaryAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var corrections = db.MentionCorrections.AsNoTracking().Where(c => c.WorkspaceId == workspaceId);
        var changes = await corrections
            .GroupBy(c => new { c.Field, c.FromValue, c.ToValue })
            .Select(g => new { g.Key.Field, g.Key.FromValue, g.Key.ToValue, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var mentions = await corrections.Select(c => c.MentionId).Distinct().CountAsync(cancellationToken);

        var fields = changes.GroupBy(c => c.Field)
            .Select(g => new FieldCountDto(g.Key, g.Sum(c => c.Count)))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Field, StringComparer.Ordinal)
            .ToList();
        var byChange = changes
            .Select(c => new ChangeCountDto(c.Field, c.FromValue, c.ToValue, c.Count))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Field, StringComparer.Ordinal).ThenBy(c => c.From, StringComparer.Ordinal).ThenBy(c => c.To, StringComparer.Ordinal)
            .ToList();
        return new CorrectionSummaryDto(fields.Sum(f => f.Count), mentions, fields, byChange);
    }
}
