namespace Pantau.Core.Alerts;

public enum IncidentAction
{
    /// <summary>No incident was open (or the open one had ended): store a new one.</summary>
    Open = 0,

    /// <summary>The firing belongs to the open incident: store the new state.</summary>
    Update = 1,

    /// <summary>Nothing to store: an older firing arriving late, or one for another key.</summary>
    Ignore = 2,
}
