using System.ComponentModel.DataAnnotations;

namespace Pantau.Server.Alerts;

/// <summary>How the alert engine runs (section <c>Alerts</c>). What a workspace decides (rules, sensitivity, channels) is in its alert settings.</summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>Run the engine as a background service; tests that drive it step by step with a controlled clock turn this off.</summary>
    public bool EngineEnabled { get; set; } = true;

    /// <summary>Mentions the engine reads per transaction.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>How often the volume-spike detector and the incident cool-downs are looked at.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromMinutes(1);
}
