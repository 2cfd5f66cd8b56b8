using Microsoft.AspNetCore.Identity;

namespace Pantau.Data.Entities;

public sealed class PantauUser : IdentityUser<Guid>
{
    public string? DisplayName { get; set; }

    /// <summary>The UI language the user chose: <c>id</c> or <c>en</c>.</summary>
    public string Culture { get; set; } = "id";

    public DateTimeOffset CreatedAt { get; set; }
}

public enum WorkspaceRole
{
    Viewer = 0,
    Agent = 1,
    Supervisor = 2,
    Admin = 3,
}

public sealed class WorkspaceMember
{
    public Guid WorkspaceId { get; set; }
    public Guid UserId { get; set; }
    public WorkspaceRole Role { get; set; }

    /// <summary>How many open cases the router may give this member at once; 0 for no limit.</summary>
    public int CaseCapacity { get; set; } = 20;
}

/// <summary>An API key: only a SHA-256 hash of the secret is kept, with a short prefix to recognise it.</summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public required string Name { get; set; }
    public required string Prefix { get; set; }
    public required string Hash { get; set; }
    public WorkspaceRole Role { get; set; } = WorkspaceRole.Admin;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
