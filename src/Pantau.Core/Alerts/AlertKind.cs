namespace Pantau.Core.Alerts;

/// <summary>Which detector raised an alert.</summary>
public enum AlertKind
{
    /// <summary>A mention matched one of the workspace's alert rules.</summary>
    Rule = 0,

    /// <summary>A topic's volume (or its volume of one sentiment) rose far above its usual level for the time of week.</summary>
    Spike = 1,

    /// <summary>A story is being copied and reshared fast, or carried by an author with a large reach.</summary>
    Story = 2,
}
