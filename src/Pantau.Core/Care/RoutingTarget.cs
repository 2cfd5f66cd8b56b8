namespace Pantau.Core.Care;

/// <summary>
/// Where a routing rule sends a case: a team (whose agents share it by <see cref="Method"/>) or one agent. Exactly one of
/// <see cref="TeamId"/> and <see cref="AgentId"/> is set; build with <see cref="ToTeam"/> or <see cref="ToAgent"/>, or check with
/// <see cref="Validate"/> what came from storage or a request.
/// </summary>
public sealed record RoutingTarget(Guid? TeamId, Guid? AgentId, DistributionMethod Method)
{
    public static RoutingTarget ToTeam(Guid teamId, DistributionMethod method = DistributionMethod.RoundRobin) =>
        Checked(new RoutingTarget(teamId, null, method));

    /// <summary>One agent; the method does not matter for a single agent.</summary>
    public static RoutingTarget ToAgent(Guid agentId) => Checked(new RoutingTarget(null, agentId, DistributionMethod.RoundRobin));

    public bool IsValid => Problem() is null;

    /// <summary>Throws <see cref="ArgumentException"/> naming what is wrong unless exactly one of team and agent is set (and not the empty id).</summary>
    public void Validate()
    {
        if (Problem() is { } problem)
        {
            throw new ArgumentException(problem);
        }
    }

    private string? Problem() => (TeamId, AgentId) switch
    {
        (null, null) => "A routing target needs a team or an agent.",
        ({ }, { }) => "A routing target is a team or an agent, not both.",
        _ when TeamId == Guid.Empty || AgentId == Guid.Empty => "A routing target's team or agent id is empty.",
        _ when !Enum.IsDefined(Method) => $"Unknown distribution method {(int)Method}.",
        _ => null,
    };

    private static RoutingTarget Checked(RoutingTarget target)
    {
        target.Validate();
        return target;
    }
}
