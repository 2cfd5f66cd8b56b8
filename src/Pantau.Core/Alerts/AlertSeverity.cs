namespace Pantau.Core.Alerts;

/// <summary>How urgently an alert asks for attention; ordered, so a growing incident can only be raised.</summary>
public enum AlertSeverity
{
    /// <summary>Worth a look today.</summary>
    Low = 0,

    /// <summary>Worth a look within the hour.</summary>
    Medium = 1,

    /// <summary>Act now.</summary>
    High = 2,

    /// <summary>A crisis in the making: act now and tell the people above you.</summary>
    Critical = 3,
}
