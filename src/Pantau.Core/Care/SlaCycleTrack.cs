namespace Pantau.Core.Care;

/// <summary>The running spans of one cycle while the timeline is replayed.</summary>
internal sealed class SlaCycleTrack(SlaMetric metric, int number, DateTimeOffset start)
{
    private readonly List<(DateTimeOffset Start, DateTimeOffset? End)> _spans = [(start, null)];

    public SlaMetric Metric { get; } = metric;

    public int Number { get; } = number;

    public DateTimeOffset StartedAt { get; } = start;

    public DateTimeOffset? StoppedAt { get; private set; }

    /// <summary>True when stopped by what it measures; false when resolved or closed away.</summary>
    public bool Fulfilled { get; private set; }

    public bool IsActive => StoppedAt is null;

    public bool IsRunning => IsActive && _spans[^1].End is null;

    public IReadOnlyList<(DateTimeOffset Start, DateTimeOffset? End)> Spans => _spans;

    public void Pause(DateTimeOffset at)
    {
        if (IsRunning)
        {
            _spans[^1] = (_spans[^1].Start, at);
        }
    }

    public void Resume(DateTimeOffset at)
    {
        if (IsActive && !IsRunning)
        {
            _spans.Add((at, null));
        }
    }

    public void Stop(DateTimeOffset at, bool fulfilled)
    {
        if (!IsActive)
        {
            return;
        }

        Pause(at);
        StoppedAt = at;
        Fulfilled = fulfilled;
    }
}
