using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Pantau.Connectors.Abstractions;
using Pantau.Data.Writers;
using Pantau.Server.Hosting;
using Pantau.Server.Mentions;

namespace Pantau.Server.Pipeline;

/// <summary>
/// Runs the pipeline's stages over bounded channels: processing workers (normalise, dedupe, match, enrich) feed
/// one store stage, which writes several batches per transaction, then completes their tickets and publishes
/// the new mentions. A batch's ticket completes only after its mentions are committed.
/// </summary>
public sealed class PipelineService(
    ChannelPostIngress ingress,
    PostProcessor processor,
    IMentionWriter writer,
    RecentPostKeys recent,
    MentionFeed feed,
    Care.CaseIntakeSignal caseIntake,
    Alerts.AlertEngineSignal alertEngine,
    MentionMapper mapper,
    PipelineMetrics metrics,
    Readiness readiness,
    IOptions<PipelineOptions> options,
    TimeProvider clock,
    ILogger<PipelineService> logger) : BackgroundService
{
    private const int StoreAttempts = 5;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Topics must be compiled and the database migrated before the first post is processed.
        await readiness.WhenReady.WaitAsync(stoppingToken);
        var settings = options.Value;
        var processed = Channel.CreateBounded<ProcessedBatch>(new BoundedChannelOptions(settings.ProcessingWorkers * 4)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });

        var workers = Enumerable.Range(0, settings.ProcessingWorkers)
            .Select(_ => Task.Run(() => ProcessAsync(processed.Writer, stoppingToken), CancellationToken.None))
            .ToArray();
        var store = Task.Run(() => StoreAsync(processed.Reader, settings.StoreBatchSize, stoppingToken), CancellationToken.None);

        await Task.WhenAll(workers);
        processed.Writer.TryComplete();
        await store;
    }

    private async Task ProcessAsync(ChannelWriter<ProcessedBatch> output, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var batch in ingress.Reader.ReadAllAsync(stoppingToken))
            {
                ProcessedBatch result;
                try
                {
                    result = processor.Process(batch);
                }
                catch (Exception exception)
                {
                    logger.LogError(exception, "Processing a batch of {Count} posts from source {SourceId} failed", batch.Posts.Count, batch.SourceId);
                    batch.Fail(exception);
                    continue;
                }

                await output.WriteAsync(result, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task StoreAsync(ChannelReader<ProcessedBatch> input, int maxMentions, CancellationToken stoppingToken)
    {
        var group = new List<ProcessedBatch>();
        try
        {
            while (await input.WaitToReadAsync(stoppingToken))
            {
                // Take what is waiting, up to the transaction size: large transactions under load, no waiting when idle.
                group.Clear();
                var mentions = 0;
                while (mentions < maxMentions && input.TryRead(out var next))
                {
                    group.Add(next);
                    mentions += next.Mentions.Count;
                }

                await StoreGroupAsync(group, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            foreach (var batch in group)
            {
                batch.Batch.Fail(new OperationCanceledException("Pantau is stopping; the batch was not stored."));
            }
        }
    }

    private async Task StoreGroupAsync(List<ProcessedBatch> group, CancellationToken stoppingToken)
    {
        var toStore = group.Count == 1 ? group[0].Mentions : group.SelectMany(b => b.Mentions).ToList();
        IReadOnlyList<StoredMention> stored;
        try
        {
            stored = await WriteWithRetryAsync(toStore, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Storing {Count} mentions failed; their sources will re-deliver them", toStore.Count);
            foreach (var batch in group)
            {
                batch.Batch.Fail(exception);
            }

            return;
        }

        // Edits update what the stream already shows; only new mentions are announced and counted as new.
        var fresh = stored.Any(s => s.Edited) ? stored.Where(s => !s.Edited).ToList() : stored;
        var newKeys = new HashSet<Pantau.Core.Posts.PostKey>(fresh.Count);
        foreach (var mention in fresh)
        {
            newKeys.Add(mention.Item.Post.Key);
        }

        foreach (var mention in toStore)
        {
            recent.Add(mention.Post.Key);
        }

        feed.Publish(fresh, s => s.Item.Post.WorkspaceId, mapper.FromStored);
        if (fresh.Count > 0)
        {
            caseIntake.Wake();
            alertEngine.Wake();
        }

        foreach (var batch in group)
        {
            var created = batch.Mentions.Count(m => newKeys.Contains(m.Post.Key));
            var duplicates = batch.Duplicates + (batch.Mentions.Count - created);
            batch.Batch.Complete(new IngestOutcome(batch.Batch.Posts.Count, created, duplicates, batch.Unmatched));
            metrics.Count(batch.Batch.Posts.Count, created, duplicates);
            metrics.StoreLatency.Record(clock.GetElapsedTime(batch.Batch.EnqueuedTimestamp).TotalMilliseconds);
        }
    }

    private async Task<IReadOnlyList<StoredMention>> WriteWithRetryAsync(IReadOnlyList<MentionToStore> mentions, CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await writer.WriteAsync(mentions, stoppingToken);
            }
            catch (Exception exception) when (attempt < StoreAttempts && IsTransient(exception))
            {
                var delay = TimeSpan.FromMilliseconds(100 * Math.Pow(2, attempt));
                logger.LogWarning(exception, "The database is busy (attempt {Attempt}); retrying in {Delay}", attempt, delay);
                await Task.Delay(delay, clock, stoppingToken);
            }
        }
    }

    /// <summary>Busy or locked SQLite, and PostgreSQL's transient errors, are worth another try; bad data is not.</summary>
    private static bool IsTransient(Exception exception) => exception switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6, // SQLITE_BUSY, SQLITE_LOCKED
        Npgsql.NpgsqlException npgsql => npgsql.IsTransient,
        TimeoutException => true,
        _ => false,
    };
}
