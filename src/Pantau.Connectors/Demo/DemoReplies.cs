using Pantau.Connectors.Abstractions;
using Pantau.Core.Posts;

namespace Pantau.Connectors.Demo;

/// <summary>
/// One demo source's replies: the receipts already given (for idempotency) and the scripted answers not yet streamed.
/// Thread-safe: replies arrive from request threads while the source's stream takes answers on another.
/// </summary>
/// <remarks>
/// Kept in memory only: a restart forgets unsent answers and the receipts given, which is acceptable for a demo.
/// </remarks>
internal sealed class DemoReplies
{
    /// <summary>How many receipts are remembered for idempotency; the oldest are forgotten first.</summary>
    public const int MaxRemembered = 10_000;

    /// <summary>How many answers may wait to be streamed; replies beyond it are accepted but not answered.</summary>
    public const int MaxPending = 10_000;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, ReplyReceipt> _receipts = new(StringComparer.Ordinal);
    private readonly Queue<string> _receiptOrder = new();
    private readonly PriorityQueue<DemoPendingAnswer, (DateTimeOffset DueAt, long Sequence)> _pending = new();
    private long _sequence;
    private TaskCompletionSource _scheduled = NewSignal();

    /// <summary>Whether any answer is waiting to be streamed, due or not.</summary>
    public bool HasPending
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count > 0;
            }
        }
    }

    /// <summary>
    /// Records a reply: returns the receipt given before for <paramref name="idempotencyKey"/> if there is one (and schedules
    /// nothing), else remembers <paramref name="receipt"/>, schedules <paramref name="answer"/> and wakes the waiting stream.
    /// </summary>
    public ReplyReceipt Send(string idempotencyKey, ReplyReceipt receipt, DemoPendingAnswer answer)
    {
        TaskCompletionSource scheduled;
        lock (_lock)
        {
            if (_receipts.TryGetValue(idempotencyKey, out var sent))
            {
                return sent;
            }

            _receipts.Add(idempotencyKey, receipt);
            _receiptOrder.Enqueue(idempotencyKey);
            if (_receiptOrder.Count > MaxRemembered)
            {
                _receipts.Remove(_receiptOrder.Dequeue());
            }

            if (_pending.Count >= MaxPending)
            {
                return receipt;
            }

            _pending.Enqueue(answer, (answer.DueAt, _sequence++));
            scheduled = _scheduled;
            _scheduled = NewSignal();
        }

        scheduled.TrySetResult();
        return receipt;
    }

    /// <summary>Removes and returns the answers due at <paramref name="now"/>, earliest first, published at <paramref name="now"/>.</summary>
    public IReadOnlyList<RawPost> TakeDue(DateTimeOffset now)
    {
        List<RawPost>? due = null;
        lock (_lock)
        {
            while (_pending.TryPeek(out var answer, out var priority) && priority.DueAt <= now)
            {
                _pending.Dequeue();
                (due ??= []).Add(answer.Post with { PublishedAt = now });
            }
        }

        return due ?? (IReadOnlyList<RawPost>)[];
    }

    /// <summary>When the next answer is due, if one is waiting.</summary>
    public DateTimeOffset? NextDueAt()
    {
        lock (_lock)
        {
            return _pending.TryPeek(out _, out var priority) ? priority.DueAt : null;
        }
    }

    /// <summary>
    /// Waits until <paramref name="wakeAt"/> (null: no time of its own), until the next pending answer is due, or until a new
    /// answer is scheduled, whichever comes first. The caller then looks again at what is due; waking early is harmless.
    /// </summary>
    public async Task WaitAsync(DateTimeOffset? wakeAt, TimeProvider clock, CancellationToken cancellationToken)
    {
        Task scheduled;
        lock (_lock)
        {
            // Taken together with the next due time, so that an answer scheduled after this point always wakes the wait.
            scheduled = _scheduled.Task;
            if (_pending.TryPeek(out _, out var next) && (wakeAt is null || next.DueAt < wakeAt))
            {
                wakeAt = next.DueAt;
            }
        }

        if (wakeAt is null)
        {
            await scheduled.WaitAsync(cancellationToken);
            return;
        }

        var delay = wakeAt.Value - clock.GetUtcNow();
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timer = Task.Delay(delay, clock, stop.Token);
        await Task.WhenAny(scheduled, timer);
        await stop.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
