namespace Pantau.Core.Alerts;

/// <summary>Notify <see cref="Recipient"/> (a user, a group or a channel, as the server names them) when an alert is unacknowledged <see cref="After"/> its firing.</summary>
public sealed record EscalationStep(TimeSpan After, string Recipient);
