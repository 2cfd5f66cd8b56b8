namespace Pantau.Data.Entities;

public sealed class Topic
{
    public Guid Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public required string Name { get; set; }
    public required string Query { get; set; }

    /// <summary>A CSS colour for the topic's chips, e.g. <c>#1e88e5</c>.</summary>
    public required string Color { get; set; }

    public bool Enabled { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
