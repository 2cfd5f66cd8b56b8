namespace Pantau.Core.Alerts;

/// <summary>
/// One alert per incident, not a storm. A firing opens an incident unless one with its key is open; an incident with no firing
/// for its kind's cool-down has ended, so a later firing opens a new one. An update notifies again only when the severity rose
/// or the count reached <see cref="CountStep"/> times the last notified count, at most once per <see cref="RenotifyInterval"/>,
/// and never while snoozed. Pure: the server stores the state it returns.
/// </summary>
public sealed record AlertIncidentPolicy
{
    public TimeSpan RuleCooldown { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>A spike fires only while above its threshold, so this is time back under it.</summary>
    public TimeSpan SpikeCooldown { get; init; } = TimeSpan.FromMinutes(30);

    public TimeSpan StoryCooldown { get; init; } = TimeSpan.FromHours(2);

    public TimeSpan RenotifyInterval { get; init; } = TimeSpan.FromMinutes(15);

    public double CountStep { get; init; } = 2.0;

    public TimeSpan CooldownFor(AlertKind kind) => kind switch
    {
        AlertKind.Spike => SpikeCooldown,
        AlertKind.Story => StoryCooldown,
        _ => RuleCooldown,
    };

    /// <summary>Whether the incident has ended at <paramref name="now"/>: its cool-down passed without a firing.</summary>
    public bool HasEnded(OpenIncidentState open, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(open);
        return now - open.LastFiredAt >= CooldownFor(open.Key.Kind);
    }

    public IncidentDecision Decide(OpenIncidentState? open, AlertFiring firing, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(firing);
        if (open is null || HasEnded(open, firing.At))
        {
            var opened = new OpenIncidentState(firing.Key, firing.At, firing.At, firing.Severity, firing.Count, now, firing.Severity, firing.Count);
            return new IncidentDecision(IncidentAction.Open, Notify: true, opened);
        }

        if (open.Key != firing.Key || firing.At < open.LastFiredAt)
        {
            return new IncidentDecision(IncidentAction.Ignore, Notify: false, null);
        }

        var count = firing.Key.Kind == AlertKind.Rule ? open.Count + firing.Count : Math.Max(open.Count, firing.Count);
        var severity = (AlertSeverity)Math.Max((int)open.Severity, (int)firing.Severity);
        var updated = open with { LastFiredAt = firing.At, Count = count, Severity = severity };
        var grew = severity > open.NotifiedSeverity || count >= open.NotifiedCount * CountStep;
        var notify = grew && !(open.SnoozedUntil > now) && now - open.LastNotifiedAt >= RenotifyInterval;
        if (notify)
        {
            updated = updated with { LastNotifiedAt = now, NotifiedSeverity = severity, NotifiedCount = count };
        }

        return new IncidentDecision(IncidentAction.Update, notify, updated);
    }
}
