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
    public string? AvatarUrl { get; set; }
    public string? ProfileUrl { get; set; }
    public string? Bio { get; set; }

    /// <summary>The address of an e-mail author; what ties a mailbox sender to a contact.</summary>
    public string? Email { get; set; }

    /// <summary>The customer this account belongs to, once a case has been opened for it or an agent linked it.</summary>
    public long? ContactId { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
}
