namespace Pantau.Core.Care;

/// <summary>Which rule a case falls under, and which agent of a team takes it.</summary>
public static class CaseRouter
{
    /// <summary>
    /// Rules sorted by <see cref="RoutingRule.Order"/> then <see cref="RoutingRule.Id"/>; returns the first whose condition holds,
    /// or null. Compiles the rules on every call: to route many cases, build one <see cref="CompiledRoutingRules"/> and reuse it.
    /// </summary>
    public static RoutingRule? FirstMatch(IReadOnlyList<RoutingRule> rules, RoutingCase routedCase) =>
        new CompiledRoutingRules(rules).FirstMatch(routedCase);

    /// <summary>
    /// Only online agents under capacity are eligible. RoundRobin: the one assigned longest ago (never assigned first), ties by
    /// AgentId. LeastBusy: fewest open cases, then assigned longest ago, then AgentId. Null when nobody is eligible. The caller
    /// records the assignment time, which is what moves round robin on to the next agent.
    /// </summary>
    public static Guid? ChooseAgent(DistributionMethod method, IReadOnlyList<AgentLoad> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        AgentLoad? best = null;
        foreach (var candidate in candidates)
        {
            if (candidate is { IsEligible: true } && (best is null || Compare(method, candidate, best) < 0))
            {
                best = candidate;
            }
        }

        return best?.AgentId;
    }

    private static int Compare(DistributionMethod method, AgentLoad a, AgentLoad b)
    {
        if (method == DistributionMethod.LeastBusy && a.OpenCases != b.OpenCases)
        {
            return a.OpenCases.CompareTo(b.OpenCases);
        }

        var byLastAssigned = (a.LastAssignedAt, b.LastAssignedAt) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            var (x, y) => x.Value.CompareTo(y.Value),
        };
        return byLastAssigned != 0 ? byLastAssigned : a.AgentId.CompareTo(b.AgentId);
    }
}
