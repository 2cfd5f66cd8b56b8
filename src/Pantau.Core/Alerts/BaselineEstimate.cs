namespace Pantau.Core.Alerts;

/// <summary>
/// The expected count per minute at an instant, and how it was reached: <see cref="HourlyMedian"/> of the same local hour (or
/// a blend with the neighbouring hour), times <see cref="LevelFactor"/>, but never below the floor.
/// </summary>
public sealed record BaselineEstimate(double PerMinute, double HourlyMedian, double LevelFactor, BaselineBasis Basis, int Samples);
