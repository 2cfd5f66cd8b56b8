namespace Pantau.Core.Care;

/// <summary>How an SLA target's duration is counted.</summary>
public enum SlaTimeBasis
{
    /// <summary>Only while the policy's business calendar is open.</summary>
    BusinessHours,

    /// <summary>Around the clock (pauses still apply).</summary>
    CalendarTime,
}
