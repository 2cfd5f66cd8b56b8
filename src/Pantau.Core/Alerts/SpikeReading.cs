namespace Pantau.Core.Alerts;

/// <summary>
/// One look at a series' recent window: <see cref="Observed"/> mentions in the last <see cref="WindowMinutes"/> minutes
/// against <see cref="Expected"/>, their <see cref="Ratio"/>, and <see cref="TailProbability"/>, the chance of at least that
/// many under a Poisson rate of the expected count. <see cref="LocalDay"/> and <see cref="LocalHour"/> are the time of week in
/// the workspace's zone that "usual" refers to.
/// </summary>
public sealed record SpikeReading(
    bool IsSpike,
    AlertSeverity Severity,
    int WindowMinutes,
    int Observed,
    double Expected,
    double Ratio,
    double TailProbability,
    DayOfWeek LocalDay,
    int LocalHour,
    BaselineBasis Basis);
