namespace Pantau.Core.Care;

/// <summary>
/// The SLA clocks of one case, replayed from its timeline so any reading is a pure function of (policy, events,
/// now) and a breach has the same key and instant in every reading after it happened.
/// Rules:
/// - The case starts at the customer's first message: first response (cycle 1) and resolution (cycle 1) start.
/// - A public or private reply stops the running response cycle; an internal note stops nothing.
/// - A customer message when no response cycle is running (after a reply, or on a resolved case) starts the next
///   next-response cycle; messages while one runs do not restart it (the oldest unanswered message counts).
/// - Pending pauses every running cycle; a customer message or "opened" resumes them.
/// - Resolved stops resolution (met or breached) and ends a running response cycle unfulfilled (Stopped unless it
///   had already breached). Closed does the same and ignores everything after it.
/// - Reopen (a customer message on a resolved case, or an agent's reopen/open) starts a new resolution cycle with
///   the full target; a customer's reopen also starts a next-response cycle, an agent's does not (nobody waits).
/// - Events after "now" have not happened yet; events at the same instant keep their given order.
/// </summary>
public sealed class SlaClock
{
    private readonly CaseEvent[] _timeline;

    public SlaClock(SlaPolicy policy, string caseId, IEnumerable<CaseEvent> timeline)
    {
        Policy = policy;
        CaseId = caseId;
        _timeline = [.. timeline.OrderBy(item => item.At)];
    }

    private enum Status
    {
        None,
        Open,
        Pending,
        Resolved,
        Closed,
    }

    public SlaPolicy Policy { get; }

    public string CaseId { get; }

    public SlaReading At(DateTimeOffset now)
    {
        var cycles = new List<SlaCycle>();
        foreach (var track in Replay(now))
        {
            if (Policy.TargetFor(track.Metric) is { } target)
            {
                cycles.Add(Read(track, target, now));
            }
        }

        return new SlaReading(now, cycles);
    }

    private List<SlaCycleTrack> Replay(DateTimeOffset now)
    {
        var tracks = new List<SlaCycleTrack>();
        SlaCycleTrack? response = null;
        SlaCycleTrack? resolution = null;
        var status = Status.None;
        var responses = 0;
        var resolutions = 0;

        SlaCycleTrack Start(SlaMetric metric, int number, DateTimeOffset at)
        {
            var track = new SlaCycleTrack(metric, number, at);
            tracks.Add(track);
            return track;
        }

        foreach (var item in _timeline)
        {
            if (item.At > now || status == Status.Closed)
            {
                break;
            }

            var at = item.At;
            switch (item.Kind)
            {
                case CaseEventKind.CustomerMessage when status == Status.None:
                    response = Start(SlaMetric.FirstResponse, 1, at);
                    resolution = Start(SlaMetric.Resolution, ++resolutions, at);
                    status = Status.Open;
                    break;
                case CaseEventKind.CustomerMessage:
                    if (status == Status.Resolved)
                    {
                        resolution = Start(SlaMetric.Resolution, ++resolutions, at);
                    }

                    response?.Resume(at);
                    resolution?.Resume(at);
                    if (response is not { IsActive: true })
                    {
                        response = Start(SlaMetric.NextResponse, ++responses, at);
                    }

                    status = Status.Open;
                    break;
                case CaseEventKind.PublicReply or CaseEventKind.PrivateReply:
                    response?.Stop(at, fulfilled: true);
                    break;
                case CaseEventKind.Pending when status == Status.Open:
                    response?.Pause(at);
                    resolution?.Pause(at);
                    status = Status.Pending;
                    break;
                case CaseEventKind.Opened when status == Status.Pending:
                    response?.Resume(at);
                    resolution?.Resume(at);
                    status = Status.Open;
                    break;
                case CaseEventKind.Opened or CaseEventKind.Reopened when status == Status.Resolved:
                    resolution = Start(SlaMetric.Resolution, ++resolutions, at);
                    status = Status.Open;
                    break;
                case CaseEventKind.Resolved or CaseEventKind.Closed when status is Status.Open or Status.Pending:
                    resolution?.Stop(at, fulfilled: true);
                    response?.Stop(at, fulfilled: false);
                    status = item.Kind == CaseEventKind.Closed ? Status.Closed : Status.Resolved;
                    break;
                case CaseEventKind.Closed when status == Status.Resolved:
                    status = Status.Closed;
                    break;
                default:
                    // Internal notes, and status changes that change nothing (pending while pending, ...).
                    break;
            }
        }

        return tracks;
    }

    private SlaCycle Read(SlaCycleTrack track, SlaTarget target, DateTimeOffset now)
    {
        var elapsed = TimeSpan.Zero;
        foreach (var (start, end) in track.Spans)
        {
            elapsed += Policy.Measure(target, start, end ?? now);
        }

        var (breachedAt, due) = Reach(track, target, target.Duration, now);
        var (warnedAt, warnDue) = Reach(track, target, Policy.EffectiveWarning.ThresholdFor(target.Duration), now);
        var warnAt = warnedAt ?? (track.IsRunning ? warnDue : null);

        var state = breachedAt is not null ? SlaState.Breached
            : !track.IsActive ? (track.Fulfilled ? SlaState.Met : SlaState.Stopped)
            : !track.IsRunning ? SlaState.Paused
            : warnAt <= now ? SlaState.Warning
            : SlaState.Running;
        var dueAt = breachedAt ?? (track.IsActive && !track.IsRunning ? null : due);

        return new SlaCycle(
            CaseId, track.Metric, track.Number, track.StartedAt, target.Duration, state, dueAt, elapsed,
            target.Duration - elapsed, warnAt, breachedAt, track.StoppedAt);
    }

    /// <summary>
    /// When the cycle's counted time reached <paramref name="threshold"/> while it was running (strictly before it
    /// stopped, paused or "now"), and the instant it would be reached had its last span kept running.
    /// </summary>
    private (DateTimeOffset? Reached, DateTimeOffset? Projected) Reach(
        SlaCycleTrack track, SlaTarget target, TimeSpan threshold, DateTimeOffset now)
    {
        var remaining = threshold;
        for (var index = 0; ; index++)
        {
            var (start, end) = track.Spans[index];
            var stop = end ?? now;
            if (index == track.Spans.Count - 1)
            {
                var due = Policy.Add(target, start, remaining);
                return (due < stop ? due : null, due);
            }

            var length = Policy.Measure(target, start, stop);
            if (length >= remaining)
            {
                var reached = Policy.Add(target, start, remaining);
                if (reached < stop)
                {
                    return (reached, reached);
                }

                remaining = TimeSpan.Zero;
            }
            else
            {
                remaining -= length;
            }
        }
    }
}
