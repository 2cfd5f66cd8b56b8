namespace Pantau.Core.Care;

/// <summary>Where one SLA cycle stands at a given instant.</summary>
public enum SlaState
{
    Running,

    /// <summary>Running and past the policy's warning threshold, not yet due.</summary>
    Warning,

    /// <summary>Not counting: the case is pending (waiting for the customer).</summary>
    Paused,

    /// <summary>Stopped by what it measures (a reply, a resolve) at or before the due instant.</summary>
    Met,

    /// <summary>The due instant passed while the cycle was running; stays breached once stopped.</summary>
    Breached,

    /// <summary>Ended without what it measures and before its due instant (resolved or closed with no reply): neither met nor breached.</summary>
    Stopped,
}
