namespace Pantau.Data.Entities;

/// <summary>An account on one network, as seen by one workspace.</summary>
public sealed class Author
{
    public long Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public required string Network { get; set; }
    public required string Handle { get; set; }
    public string? DisplayName { get; set; }
    public long? Followers { get; set; }
    public bool Verified { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
}
