using Pantau.Core.Enrichment;

namespace Pantau.Core.Alerts;

/// <summary>
/// Whether a series (a topic's mentions, or those of one sentiment) is spiking now. Each call looks at the last 5 and 10
/// minutes against the baseline: the short window reacts within minutes to a sharp rise, the long one catches a steadier
/// climb. Pure and cheap (one baseline estimate), so the caller may evaluate every series every minute.
/// </summary>
public sealed class SpikeDetector(VolumeBaseline baseline, SpikeSensitivity sensitivity = SpikeSensitivity.Normal)
{
    /// <summary>The windows looked at, in minutes, shortest first.</summary>
    public static IReadOnlyList<int> WindowMinutes { get; } = [5, 10];

    public VolumeBaseline Baseline { get; } = baseline ?? throw new ArgumentNullException(nameof(baseline));

    public SpikeSensitivity Sensitivity { get; } = sensitivity;

    /// <summary>
    /// Reads the series at <paramref name="now"/> (best on a minute boundary): <paramref name="perMinute"/> must cover the
    /// windows ending there; <paramref name="hourly"/> is the history (hours from the one containing now are ignored).
    /// <paramref name="sentiment"/> is null for total volume. Returns the firing window with the smallest tail, or, when none
    /// fires, the shortest window.
    /// </summary>
    public SpikeReading Evaluate(Sentiment? sentiment, BucketCounts hourly, BucketCounts perMinute, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(hourly);
        ArgumentNullException.ThrowIfNull(perMinute);
        var thresholds = SpikeThresholds.For(Sensitivity, totalVolume: sentiment is null);
        var local = TimeZoneInfo.ConvertTime(now, Baseline.Zone);

        // One estimate for both windows, at the middle of the short one: the baseline moves far less in minutes than noise does.
        var estimate = Baseline.Estimate(hourly, now - TimeSpan.FromMinutes(WindowMinutes[0] / 2.0));
        SpikeReading? best = null;
        foreach (var minutes in WindowMinutes)
        {
            var observed = (int)(perMinute.Sum(now - TimeSpan.FromMinutes(minutes), now) ?? 0);
            var expected = estimate.PerMinute * minutes;
            var ratio = observed / expected;
            var logTail = PoissonTail.LogUpperTail(observed, expected);
            var minCount = (int)Math.Ceiling(thresholds.MinCount * minutes / 5.0);

            // The ratio must be credible, not just reached: a level that merely doubled overshoots 3x in some window by noise.
            var isSpike = observed >= minCount
                && ratio >= thresholds.MinRatio
                && logTail <= Math.Log(thresholds.MaxTailProbability)
                && PoissonTail.LogUpperTail(observed, thresholds.MinRatio * expected) <= Math.Log(thresholds.RatioDoubt);
            var severity = !isSpike ? AlertSeverity.Low
                : ratio >= 4 * thresholds.MinRatio && observed >= 4 * minCount ? AlertSeverity.Critical
                : ratio >= 2 * thresholds.MinRatio ? AlertSeverity.High
                : AlertSeverity.Medium;
            var reading = new SpikeReading(
                isSpike, severity, minutes, observed, expected, ratio, Math.Exp(logTail), local.DayOfWeek, local.Hour, estimate.Basis);
            if (best is null || (isSpike && (!best.IsSpike || reading.TailProbability < best.TailProbability)))
            {
                best = reading;
            }
        }

        return best!;
    }
}
