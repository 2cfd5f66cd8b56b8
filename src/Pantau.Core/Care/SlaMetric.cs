namespace Pantau.Core.Care;

/// <summary>What an SLA target measures.</summary>
public enum SlaMetric
{
    /// <summary>From the customer's first message to the first reply.</summary>
    FirstResponse,

    /// <summary>From a customer message that follows a reply to the next reply.</summary>
    NextResponse,

    /// <summary>From the first message (or a reopen) to resolved.</summary>
    Resolution,
}
