namespace Pantau.Core.Alerts;

/// <summary>How readily a series alarms; see <see cref="SpikeThresholds.For"/> for what each level means.</summary>
public enum SpikeSensitivity
{
    Low = 0,
    Normal = 1,
    High = 2,
}
