using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Pantau.Connectors.Abstractions;

namespace Pantau.Connectors.Runtime;

/// <summary>
/// Runs one source until it is stopped: reads with its connector, submits to the pipeline, and advances the
/// cursor only after what it read is stored. Errors are recorded on the source and retried with backoff, forever.
/// </summary>
public sealed class SourceRunner(IPostIngress ingress, ISourceStateStore state, TimeProvider clock, ILogger<SourceRunner> logger)
{
    /// <summary>How many submitted batches of one stream may wait to be stored before reading pauses.</summary>
    public const int MaxBatchesInFlight = 4;

    /// <summary>While stored batches queue up, a stream's cursor is written at most this often.</summary>
    public static readonly TimeSpan CheckpointInterval = TimeSpan.FromSeconds(1);

    private static readonly IngestTicket NothingToStore = new(Task.FromResult(new IngestOutcome(0, 0, 0, 0)));

    public async Task RunAsync(SourceContext source, ISourceConnector connector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(connector);
        if (connector is not (IPullConnector or IStreamConnector))
        {
            return; // Push connectors are driven by HTTP deliveries, not by a loop.
        }

        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var cursor = await state.LoadCursorAsync(source.SourceId, cancellationToken);
                if (connector is IPullConnector pull)
                {
                    await RunPullAsync(source, pull, cursor, () => failures = 0, cancellationToken);
                }
                else
                {
                    await RunStreamAsync(source, (IStreamConnector)connector, cursor, () => failures = 0, cancellationToken);
                }

                // A stream that ends cleanly is reopened from its cursor after a pause.
                await Task.Delay(TimeSpan.FromSeconds(1), clock, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                failures++;
                var jitter = Random.Shared.NextDouble();
                var delay = (connector as IPullConnector)?.RetryDelay(exception, failures, jitter) ?? RetryBackoff.Delay(failures, jitter);
                var now = clock.GetUtcNow();
                logger.LogWarning(exception, "Source {SourceId} ({Kind}) failed ({Failures} in a row); retrying in {Delay}", source.SourceId, source.Kind, failures, delay);
                await RecordErrorQuietlyAsync(source, Describe(exception), now, now + delay, cancellationToken);
                try
                {
                    await Task.Delay(delay, clock, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task RunPullAsync(SourceContext source, IPullConnector pull, string? cursor, Action onSuccess, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var result = await pull.PullAsync(source, cursor, cancellationToken);
            await StoreThenCheckpointAsync(source, result, cancellationToken);
            cursor = result.Batch.CursorAfter;
            onSuccess();
            await Task.Delay(result.NextPollIn, clock, cancellationToken);
        }
    }

    private async Task RunStreamAsync(SourceContext source, IStreamConnector stream, string? cursor, Action onSuccess, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = Channel.CreateBounded<(IngestTicket Ticket, PostBatch Batch)>(new BoundedChannelOptions(MaxBatchesInFlight)
        {
            SingleReader = true,
            SingleWriter = true,
        });

        var lastSaved = clock.GetTimestamp();

        // Checkpoints run in submission order, so the stored cursor never passes a batch that is not yet stored.
        var checkpointer = Task.Run(
            async () =>
            {
                try
                {
                    // Under load the next stored batches are already waiting: their cursor is saved at most once per
                    // CheckpointInterval, and always when the queue runs dry. A crash re-delivers at most that much.
                    PostBatch? unsaved = null;
                    var itemsRead = 0;
                    await foreach (var (ticket, batch) in pending.Reader.ReadAllAsync(CancellationToken.None))
                    {
                        try
                        {
                            itemsRead += (await ticket.Stored.WaitAsync(linked.Token)).Received;
                        }
                        catch when (unsaved is not null)
                        {
                            // What was stored before the failure keeps its progress; the rest is read again.
                            await state.CheckpointAsync(source.SourceId, unsaved.CursorAfter, new SourceProgress(clock.GetUtcNow(), itemsRead, unsaved.Lag), CancellationToken.None);
                            throw;
                        }

                        unsaved = batch;
                        if (pending.Reader.Count > 0 && clock.GetElapsedTime(lastSaved) < CheckpointInterval)
                        {
                            continue;
                        }

                        await state.CheckpointAsync(source.SourceId, batch.CursorAfter, new SourceProgress(clock.GetUtcNow(), itemsRead, batch.Lag), linked.Token);
                        (unsaved, itemsRead, lastSaved) = (null, 0, clock.GetTimestamp());
                        onSuccess();
                    }

                    if (unsaved is not null)
                    {
                        await state.CheckpointAsync(source.SourceId, unsaved.CursorAfter, new SourceProgress(clock.GetUtcNow(), itemsRead, unsaved.Lag), linked.Token);
                    }
                }
                catch
                {
                    await linked.CancelAsync();
                    throw;
                }
            },
            CancellationToken.None);

        try
        {
            await foreach (var batch in stream.StreamAsync(source, cursor, linked.Token))
            {
                // An empty batch (a heartbeat) goes through the checkpointer too, so that its cursor never passes
                // a batch submitted before it that is not stored yet.
                var ticket = batch.Posts.Count == 0
                    ? NothingToStore
                    : await ingress.SubmitAsync(source.WorkspaceId, source.SourceId, batch.Posts, linked.Token);
                await pending.Writer.WriteAsync((ticket, batch), linked.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && linked.IsCancellationRequested)
        {
            // Only the checkpointer cancels the linked token by itself, when it fails. Its failure is the one worth
            // reporting and is rethrown below (it may not be marked faulted yet: it is still running its catch block).
        }
        catch
        {
            // The connector failed, or the runner is stopping: stop the checkpointer too (what it had not checkpointed
            // is read again on the next run) and wait for it, so that no checkpoint lands after this run is over.
            pending.Writer.TryComplete();
            await linked.CancelAsync();
            try
            {
                await checkpointer;
            }
            catch (Exception)
            {
                // The connector's exception below is the one to report.
            }

            throw;
        }
        finally
        {
            pending.Writer.TryComplete();
        }

        await checkpointer;
    }

    private async Task StoreThenCheckpointAsync(SourceContext source, PullResult result, CancellationToken cancellationToken)
    {
        var batch = result.Batch;
        var received = 0;
        if (batch.Posts.Count > 0)
        {
            var ticket = await ingress.SubmitAsync(source.WorkspaceId, source.SourceId, batch.Posts, cancellationToken);
            received = (await ticket.Stored.WaitAsync(cancellationToken)).Received;
        }

        var now = clock.GetUtcNow();
        await state.CheckpointAsync(source.SourceId, batch.CursorAfter, new SourceProgress(now, received, batch.Lag, now + result.NextPollIn, result.ScheduleNote), cancellationToken);
    }

    private async Task RecordErrorQuietlyAsync(SourceContext source, string error, DateTimeOffset at, DateTimeOffset next, CancellationToken cancellationToken)
    {
        try
        {
            await state.RecordErrorAsync(source.SourceId, error, at, next, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Could not record the health of source {SourceId}", source.SourceId);
        }
    }

    private static string Describe(Exception exception)
    {
        var message = exception.GetBaseException().Message;
        return message.Length <= 500 ? message : message[..500];
    }
}
