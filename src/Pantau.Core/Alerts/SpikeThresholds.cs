namespace Pantau.Core.Alerts;

/// <summary>
/// When a window's count is a spike: at least <see cref="MinCount"/> mentions, at least <see cref="MinRatio"/> times the
/// expected count, and a Poisson upper tail of at most <see cref="MaxTailProbability"/> (so a ratio on a handful of mentions,
/// which noise produces daily, is not enough). The ratio must also be credible: the count must be unlikely (at most
/// <see cref="RatioDoubt"/>) if the true rate were only <see cref="MinRatio"/> times the expected, so a level that merely
/// doubled does not cross 3x on a lucky window. <see cref="MinCount"/> is for a 5-minute window and scales with the window.
/// </summary>
public sealed record SpikeThresholds(double MinRatio, int MinCount, double MaxTailProbability)
{
    /// <summary>1 turns the credibility test off.</summary>
    public double RatioDoubt { get; init; } = 0.1;

    /// <summary>
    /// Defaults, measured in SpikeSimulationTests. Total volume asks for a higher ratio than one sentiment: launches,
    /// campaigns and TV spots double the total for hours and are planned, while a doubling of negative mentions rarely is; for
    /// the same reason only total volume asks for a credible ratio (<see cref="RatioDoubt"/> 0.1), one sentiment is given more
    /// benefit of the doubt (0.3), which is what lets a 5x negative rise alarm within minutes.
    /// Minimum counts keep tiny series quiet: a topic that goes from 0 to 3 mentions is not a crisis at any level.
    /// </summary>
    public static SpikeThresholds For(SpikeSensitivity sensitivity, bool totalVolume) => (sensitivity, totalVolume) switch
    {
        (SpikeSensitivity.Low, false) => new(3.5, 8, 1e-6) { RatioDoubt = 0.3 },
        (SpikeSensitivity.Low, true) => new(5.0, 20, 1e-7),
        (SpikeSensitivity.High, false) => new(2.0, 5, 1e-3) { RatioDoubt = 0.3 },
        (SpikeSensitivity.High, true) => new(2.5, 8, 1e-3),
        (_, false) => new(2.5, 5, 1e-4) { RatioDoubt = 0.3 },
        (_, true) => new(3.0, 12, 1e-5),
    };
}
