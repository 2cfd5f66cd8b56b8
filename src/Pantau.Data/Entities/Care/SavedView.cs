namespace Pantau.Data.Entities;

/// <summary>An inbox filter saved under a name, for one user or (with no user) for the whole workspace.</summary>
public sealed class SavedView
{
    public Guid Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public Guid? UserId { get; set; }
    public required string Name { get; set; }
    public required string FilterJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
