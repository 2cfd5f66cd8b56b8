namespace Pantau.Data.Entities;

/// <summary>A workspace's rule alert: when a stored mention meets every condition, an alert fires (Pantau.Core.Alerts).</summary>
public sealed class AlertRuleRow
{
    public Guid Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public required string Name { get; set; }
    public bool Enabled { get; set; } = true;

    /// <summary>The conditions (topics, query, sentiments, intents, risk, sources, languages, minimum reach and impact, author lists) as JSON.</summary>
    public required string ConditionJson { get; set; }

    /// <summary><see cref="Pantau.Core.Alerts.AlertSeverity"/> as a number.</summary>
    public int Severity { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A named list of accounts (VIPs, journalists, competitors' accounts) that alert rules can name.</summary>
public sealed class AuthorList
{
    public Guid Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public required string Name { get; set; }

    /// <summary>Handles, one per line, with or without '@'.</summary>
    public required string Handles { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
