namespace Pantau.Connectors.Demo;

/// <summary>How a scripted demo customer answers an agent's reply.</summary>
public enum DemoAnswerKind
{
    /// <summary>Thanks the agent or confirms the problem is solved.</summary>
    Thanks = 0,

    /// <summary>Asks a further question or says it is still broken.</summary>
    FollowUp = 1,
}
