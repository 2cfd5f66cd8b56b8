namespace Pantau.Core.Care;

/// <summary>A workspace's SLA: optional targets per metric, counted on one business calendar.</summary>
public sealed record SlaPolicy(
    BusinessCalendar Calendar,
    SlaTarget? FirstResponse = null,
    SlaTarget? NextResponse = null,
    SlaTarget? Resolution = null,
    SlaWarning? Warning = null)
{
    public SlaTarget? TargetFor(SlaMetric metric) => metric switch
    {
        SlaMetric.FirstResponse => FirstResponse,
        SlaMetric.NextResponse => NextResponse,
        SlaMetric.Resolution => Resolution,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };

    public SlaWarning EffectiveWarning => Warning ?? SlaWarning.Default;

    /// <summary>Counted time between two instants under a target's basis.</summary>
    internal TimeSpan Measure(SlaTarget target, DateTimeOffset from, DateTimeOffset to) =>
        target.Basis == SlaTimeBasis.CalendarTime
            ? (to > from ? to - from : TimeSpan.Zero)
            : Calendar.BusinessTimeBetween(from, to);

    /// <summary>The earliest instant at which <paramref name="time"/> has been counted since <paramref name="from"/>.</summary>
    internal DateTimeOffset Add(SlaTarget target, DateTimeOffset from, TimeSpan time) =>
        target.Basis == SlaTimeBasis.CalendarTime ? from + time : Calendar.Add(from, time);
}
