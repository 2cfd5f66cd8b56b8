namespace Pantau.Data.Entities;

public sealed class Source
{
    public Guid Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public required string Kind { get; set; }
    public required string Name { get; set; }
    public bool Enabled { get; set; } = true;

    /// <summary>Connector settings as a JSON object; never holds secrets.</summary>
    public string SettingsJson { get; set; } = "{}";

    /// <summary>Secrets (tokens, passwords) as a JSON object encrypted with ASP.NET Core Data Protection.</summary>
    public string? ProtectedSecrets { get; set; }

    public string? Cursor { get; set; }

    public DateTimeOffset? LastSuccessAt { get; set; }
    public DateTimeOffset? LastErrorAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public int ConsecutiveFailures { get; set; }
    public long ItemsRead { get; set; }
    public double? LagSeconds { get; set; }

    /// <summary>When the source last delivered something new.</summary>
    public DateTimeOffset? LastItemAt { get; set; }

    /// <summary>When the connector plans to read next, and why, in words for the health display ("publishes about every 2 h").</summary>
    public string? ScheduleNote { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
