namespace Pantau.Data.Entities;

/// <summary>A stored routing rule (Pantau.Core.Care.RoutingRule): when a new case matches, assign it to a team or agent.</summary>
public sealed class RoutingRuleRow
{
    public Guid Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public int Order { get; set; }
    public required string Name { get; set; }
    public bool Enabled { get; set; } = true;

    /// <summary>The condition as JSON: topic ids, languages, source ids, keywords.</summary>
    public string ConditionJson { get; set; } = "{}";

    public Guid? TeamId { get; set; }
    public Guid? AgentId { get; set; }
    public int Method { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
