using Pantau.Server.Live;

namespace Pantau.Server.Alerts;

public enum AlertChangeKind
{
    /// <summary>A new incident: the alert bar shows it and, if the team wants, plays the sound.</summary>
    Fired,

    /// <summary>The incident grew enough to tell again (more mentions, a higher severity).</summary>
    Grew,

    /// <summary>Acknowledged, snoozed, resolved, or linked to a crisis: quietly updated where it shows.</summary>
    Changed,
}

public sealed record AlertChange(Guid WorkspaceId, Guid AlertId, int Number, AlertChangeKind Kind, int Severity);

/// <summary>Live alert changes per workspace, for the alert bar and the alerts page.</summary>
public sealed class AlertFeed() : WorkspaceFeed<AlertChange>(500)
{
    public void Publish(AlertChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        Publish(change.WorkspaceId, change);
    }
}
