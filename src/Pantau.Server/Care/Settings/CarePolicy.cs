using Pantau.Core.Care;

namespace Pantau.Server.Care.Settings;

/// <summary>
/// A workspace's care settings, read into the types the case engine works with: the SLA on its calendar, what opens
/// a case, assignment behaviour, and the enabled routing rules in the order they are tried.
/// </summary>
public sealed record CarePolicy(
    Guid WorkspaceId, TimeZoneInfo TimeZone, SlaPolicy Sla, bool CasesForComplaints, bool CasesForQuestions,
    TimeSpan SameAuthorWindow, bool AutoAssign, TimeSpan? ReassignAfter, bool ApprovalForRisk, bool CsatEnabled,
    IReadOnlyList<RoutingRule> RoutingRules);
