using Pantau.Data.Entities;

namespace Pantau.Server.Care.Cases;

/// <summary>Who does something to a case: a user (by id and the name they had then) with their role, or Pantau itself.</summary>
public sealed record CareActor(Guid? UserId, string Name, WorkspaceRole Role)
{
    /// <summary>Routing, the SLA monitor and the intake act as this.</summary>
    public static CareActor Pantau { get; } = new(null, "Pantau", WorkspaceRole.Admin);

    /// <summary>Agents and up work cases; viewers only read.</summary>
    public bool CanWork => Role >= WorkspaceRole.Agent;

    /// <summary>Supervisors and admins approve sensitive replies.</summary>
    public bool CanApprove => Role >= WorkspaceRole.Supervisor;
}
