namespace Pantau.Core.Care;

/// <summary>When a running cycle starts to warn: at a fraction of its target, or a fixed time before it is due.</summary>
public sealed record SlaWarning
{
    private SlaWarning(double? fraction, TimeSpan? lead)
    {
        Fraction = fraction;
        Lead = lead;
    }

    /// <summary>Warn at 80 % of the target unless the policy says otherwise.</summary>
    public static SlaWarning Default { get; } = AtFraction(0.8);

    public double? Fraction { get; }

    public TimeSpan? Lead { get; }

    public static SlaWarning AtFraction(double fraction)
    {
        if (fraction is <= 0 or > 1 || double.IsNaN(fraction))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "A warning fraction is in (0, 1].");
        }

        return new SlaWarning(fraction, null);
    }

    public static SlaWarning BeforeDue(TimeSpan lead)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lead, TimeSpan.Zero);
        return new SlaWarning(null, lead);
    }

    /// <summary>The elapsed (business or calendar) time at which a cycle with this target starts warning.</summary>
    public TimeSpan ThresholdFor(TimeSpan target) =>
        Fraction is { } fraction
            ? TimeSpan.FromTicks((long)Math.Round(target.Ticks * fraction))
            : Lead is { } lead && lead < target ? target - lead : TimeSpan.Zero;
}
