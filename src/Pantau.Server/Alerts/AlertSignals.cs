using Pantau.Server.Care;

namespace Pantau.Server.Alerts;

/// <summary>New mentions were stored: the alert engine reads them.</summary>
public sealed class AlertEngineSignal : WakeSignal;

/// <summary>A notice was queued: the dispatcher sends it.</summary>
public sealed class AlertDeliverySignal : WakeSignal;
