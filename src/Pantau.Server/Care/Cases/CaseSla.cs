using System.Globalization;
using Pantau.Core.Care;
using Pantau.Core.Enrichment;
using Pantau.Data.Entities;

namespace Pantau.Server.Care.Cases;

/// <summary>
/// A case's SLA clocks, replayed from its timeline (<see cref="SlaClock"/>), and the priority that follows. What counts
/// as a response: a sent public or private reply, or "answered elsewhere"; an internal note, a queued, failed or
/// unapproved reply does not. A customer message counts from when Pantau received it (a backfilled post from last
/// week is not breached on arrival); the customer's wait is shown from when they posted.
/// </summary>
public static class CaseSla
{
    public const string CustomerCause = "customer";

    public static IEnumerable<CaseEvent> EventsOf(IEnumerable<CaseEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries.OrderBy(e => e.At).ThenBy(e => e.Id))
        {
            CaseEventKind? kind = entry.Kind switch
            {
                CaseEntryKind.CustomerMessage => CaseEventKind.CustomerMessage,
                CaseEntryKind.PublicReply when entry.ReplyState == ReplyState.Sent => CaseEventKind.PublicReply,
                CaseEntryKind.PrivateReply when entry.ReplyState == ReplyState.Sent => CaseEventKind.PrivateReply,
                CaseEntryKind.AnsweredElsewhere => CaseEventKind.PublicReply,
                CaseEntryKind.InternalNote => CaseEventKind.InternalNote,
                CaseEntryKind.StatusChanged when entry.DataJson?.Contains(CustomerCause, StringComparison.Ordinal) != true => StatusEvent(entry),
                _ => null,
            };
            if (kind is { } k)
            {
                yield return new CaseEvent(entry.At, k);
            }
        }
    }

    public static SlaReading Read(Case @case, IEnumerable<CaseEntry> entries, SlaPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return new SlaClock(policy, @case.Id.ToString(CultureInfo.InvariantCulture), EventsOf(entries)).At(now);
    }

    /// <summary>Writes the reading onto the case: the running cycle due first, its warning instant, and whether anything breached.</summary>
    public static void Apply(Case @case, SlaReading reading)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(reading);
        var next = reading.Cycles
            .Where(c => c.State is SlaState.Running or SlaState.Warning && c.DueAt is not null)
            .MinBy(c => c.DueAt);
        @case.SlaDueAt = next?.DueAt;
        @case.SlaWarnAt = next?.WarnAt;
        @case.SlaDueMetric = next?.Metric;
        @case.SlaBreached = reading.Cycles.Any(c => c.BreachedAt is not null);
    }

    /// <summary>The case's priority now, from its enrichment, wait, SLA and whether the customer is a VIP.</summary>
    public static void Prioritise(Case @case, bool vip, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(@case);
        TimeSpan? remaining = @case.SlaDueAt is { } due ? due - now : null;
        var waiting = @case.WaitingSince is { } since && @case.Status is not (CaseStatus.Resolved or CaseStatus.Closed) ? now - since : TimeSpan.Zero;

        // The case keeps the label, not the model's score: a negative label counts as half negativity.
        var score = CasePriorityScore.Compute(new PriorityInputs(
            @case.Impact, @case.Risk, @case.Sentiment, @case.Sentiment == Sentiment.Negative ? -0.5 : 0, @case.Intent,
            waiting, remaining, vip, @case.Reach));
        @case.PriorityScore = score.Score;
        @case.Priority = score.Band;
    }

    private static CaseEventKind? StatusEvent(CaseEntry entry) => entry.Text switch
    {
        "pending" => CaseEventKind.Pending,
        "open" when entry.DataJson?.Contains("\"from\":\"resolved\"", StringComparison.Ordinal) == true => CaseEventKind.Reopened,
        "open" => CaseEventKind.Opened,
        "resolved" => CaseEventKind.Resolved,
        "closed" => CaseEventKind.Closed,
        _ => null,
    };
}
