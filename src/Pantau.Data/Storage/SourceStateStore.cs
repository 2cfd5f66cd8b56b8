using Microsoft.EntityFrameworkCore;
using Pantau.Connectors.Abstractions;

namespace Pantau.Data.Storage;

/// <summary>Cursor and health of sources, written with set-based updates (no tracked entities).</summary>
public sealed class SourceStateStore(IDbContextFactory<PantauDbContext> contexts) : ISourceStateStore
{
    public async Task<string?> LoadCursorAsync(Guid sourceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Sources.Where(s => s.Id == sourceId).Select(s => s.Cursor).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task CheckpointAsync(Guid sourceId, string? cursor, SourceProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lag = progress.Lag?.TotalSeconds;
        DateTimeOffset? newItemAt = progress.ItemsRead > 0 ? progress.At : null;
        await db.Sources.Where(s => s.Id == sourceId).ExecuteUpdateAsync(
            set => set
                .SetProperty(s => s.Cursor, cursor)
                .SetProperty(s => s.LastSuccessAt, progress.At)
                .SetProperty(s => s.ConsecutiveFailures, 0)
                .SetProperty(s => s.NextAttemptAt, progress.NextReadAt)
                .SetProperty(s => s.ScheduleNote, progress.ScheduleNote)
                .SetProperty(s => s.LastItemAt, s => newItemAt ?? s.LastItemAt)
                .SetProperty(s => s.ItemsRead, s => s.ItemsRead + progress.ItemsRead)
                .SetProperty(s => s.LagSeconds, s => lag ?? s.LagSeconds),
            cancellationToken);
    }

    public async Task RecordErrorAsync(Guid sourceId, string error, DateTimeOffset at, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Sources.Where(s => s.Id == sourceId).ExecuteUpdateAsync(
            set => set
                .SetProperty(s => s.LastError, error)
                .SetProperty(s => s.LastErrorAt, at)
                .SetProperty(s => s.NextAttemptAt, nextAttemptAt)
                .SetProperty(s => s.ConsecutiveFailures, s => s.ConsecutiveFailures + 1),
            cancellationToken);
    }
}
