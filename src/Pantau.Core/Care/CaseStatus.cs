namespace Pantau.Core.Care;

/// <summary>Where a case stands: new (nobody has touched it), open, pending (waiting for the customer), resolved, closed.</summary>
public enum CaseStatus
{
    New = 0,
    Open = 1,
    Pending = 2,
    Resolved = 3,
    Closed = 4,
}
