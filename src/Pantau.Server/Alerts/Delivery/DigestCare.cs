namespace Pantau.Server.Alerts.Delivery;

/// <summary>The care team in the period. Null parts are not known (no first responses yet, no SLA policy).</summary>
public sealed record DigestCare(int CasesOpened, int CasesResolved, TimeSpan? MedianFirstResponse, double? SlaAttainmentPercent, int Backlog);
