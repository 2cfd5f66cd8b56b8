namespace Pantau.Core.Care;

/// <summary>An agent as assignment sees them. <see cref="Capacity"/> is the most open cases they take; zero (or less) is unlimited.</summary>
public sealed record AgentLoad(Guid AgentId, bool Online, int OpenCases, int Capacity, DateTimeOffset? LastAssignedAt)
{
    /// <summary>Online and under capacity: may be given another case.</summary>
    public bool IsEligible => Online && (Capacity <= 0 || OpenCases < Capacity);
}
