namespace Pantau.Data.Entities;

/// <summary>A group of agents that cases are routed to (billing, network, VIP desk).</summary>
public sealed class Team
{
    public Guid Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class TeamMember
{
    public Guid TeamId { get; set; }
    public Guid UserId { get; set; }
    public Guid WorkspaceId { get; set; }
}
