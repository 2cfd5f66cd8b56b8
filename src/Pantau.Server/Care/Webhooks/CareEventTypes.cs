namespace Pantau.Server.Care.Webhooks;

/// <summary>The case events a webhook can subscribe to; <see cref="Ping"/> is only sent by "send test event".</summary>
public static class CareEventTypes
{
    public const string Created = "case.created";
    public const string Assigned = "case.assigned";
    public const string Replied = "case.replied";
    public const string Breached = "case.breached";
    public const string Resolved = "case.resolved";
    public const string Reopened = "case.reopened";
    public const string StatusChanged = "case.status_changed";
    public const string Ping = "ping";

    public static IReadOnlyList<string> All { get; } = [Created, Assigned, Replied, Breached, Resolved, Reopened, StatusChanged];

    public static bool IsKnown(string eventType) => All.Contains(eventType, StringComparer.Ordinal);
}
