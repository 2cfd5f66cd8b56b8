namespace Pantau.Core.Alerts;

/// <summary>What to do with a firing: the action, whether to tell people now, and the incident state to store (null on Ignore).</summary>
public sealed record IncidentDecision(IncidentAction Action, bool Notify, OpenIncidentState? State);
