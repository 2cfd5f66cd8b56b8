namespace Pantau.Core.Care;

/// <summary>How long one metric may take, and whether that is business or calendar time.</summary>
public sealed record SlaTarget
{
    public SlaTarget(TimeSpan duration, SlaTimeBasis basis = SlaTimeBasis.BusinessHours)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        Duration = duration;
        Basis = basis;
    }

    public TimeSpan Duration { get; }

    public SlaTimeBasis Basis { get; }
}
