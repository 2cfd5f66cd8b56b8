namespace Pantau.Connectors.Abstractions;

/// <summary>Where a source's cursor and health live between runs.</summary>
public interface ISourceStateStore
{
    Task<string?> LoadCursorAsync(Guid sourceId, CancellationToken cancellationToken);

    /// <summary>Stores the cursor and records a success. Called only after the posts before the cursor are stored.</summary>
    Task CheckpointAsync(Guid sourceId, string? cursor, SourceProgress progress, CancellationToken cancellationToken);

    Task RecordErrorAsync(Guid sourceId, string error, DateTimeOffset at, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken);
}

/// <param name="NextReadAt">When a pulled source reads next, for its health display.</param>
/// <param name="ScheduleNote">Why then, in words ("publishes about every 2 h").</param>
public sealed record SourceProgress(DateTimeOffset At, int ItemsRead, TimeSpan? Lag, DateTimeOffset? NextReadAt = null, string? ScheduleNote = null);
