namespace Pantau.Core.Alerts;

/// <summary>Who else to tell while an alert stays unacknowledged: steps ordered by delay; step indexes refer to <see cref="Steps"/>.</summary>
public sealed class EscalationPolicy(IEnumerable<EscalationStep> steps)
{
    public IReadOnlyList<EscalationStep> Steps { get; } = [.. (steps ?? throw new ArgumentNullException(nameof(steps))).OrderBy(step => step.After)];

    /// <summary>
    /// The steps due at <paramref name="now"/> and not yet notified, in order. None once acknowledged: a step that fell due
    /// before the acknowledgement but was missed (the server was down) is no longer worth waking someone for.
    /// </summary>
    public IReadOnlyList<int> DueSteps(DateTimeOffset firedAt, DateTimeOffset? acknowledgedAt, DateTimeOffset now, IReadOnlySet<int> alreadyNotifiedSteps)
    {
        ArgumentNullException.ThrowIfNull(alreadyNotifiedSteps);
        if (acknowledgedAt <= now)
        {
            return [];
        }

        var due = new List<int>();
        for (var i = 0; i < Steps.Count && firedAt + Steps[i].After <= now; i++)
        {
            if (!alreadyNotifiedSteps.Contains(i))
            {
                due.Add(i);
            }
        }

        return due;
    }
}
