namespace Pantau.Core.Care;

/// <summary>How a team's cases are spread over its agents.</summary>
public enum DistributionMethod
{
    /// <summary>In turn: the eligible agent assigned longest ago (never assigned first).</summary>
    RoundRobin = 0,

    /// <summary>The eligible agent with the fewest open cases.</summary>
    LeastBusy = 1,
}
