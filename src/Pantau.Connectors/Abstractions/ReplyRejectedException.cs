namespace Pantau.Connectors.Abstractions;

/// <summary>
/// The source refused a reply. <see cref="Permanent"/>: retrying the same request cannot succeed (too long, post deleted,
/// no permission, a visibility the network does not offer); otherwise it may succeed later (rate limit, the platform is
/// down), after <see cref="RetryAfter"/> when that is known.
/// </summary>
/// <remarks>
/// The message is shown to the agent: it says in plain English what was refused and why (for a limit, the limit), and
/// never contains the reply text, tokens or other secrets.
/// </remarks>
public sealed class ReplyRejectedException(string message, bool permanent, TimeSpan? retryAfter = null) : Exception(message)
{
    /// <summary>Retrying the same request cannot succeed; the agent has to change the reply or answer elsewhere.</summary>
    public bool Permanent { get; } = permanent;

    /// <summary>For a temporary refusal, how long the platform asked to wait before trying again, when it said.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
