using Pantau.Core.Alerts;

namespace Pantau.Core.Tests.Alerts;

public sealed class AlertIncidentPolicyTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 3, 10, 0, 0, TimeSpan.FromHours(7));
    private static readonly AlertIncidentPolicy Policy = new();
    private static readonly AlertIncidentKey Rule = AlertIncidentKey.ForRule(Posts.WorkspaceA, Guid.Empty);
    private static readonly AlertIncidentKey Series = AlertIncidentKey.ForSeries(Posts.WorkspaceA, "nusantel/negative");

    /// <summary>Feeds firings one after another, keeping the state as the server would; returns which of them notified.</summary>
    private static (List<bool> Notified, OpenIncidentState? State, List<IncidentAction> Actions) Run(IEnumerable<AlertFiring> firings, OpenIncidentState? state = null)
    {
        var notified = new List<bool>();
        var actions = new List<IncidentAction>();
        foreach (var firing in firings)
        {
            var decision = Policy.Decide(state, firing, firing.At);
            notified.Add(decision.Notify);
            actions.Add(decision.Action);
            state = decision.State ?? state;
        }

        return (notified, state, actions);
    }

    [Fact]
    public void A_rule_firing_every_minute_is_one_incident_that_notifies_on_doubling_at_most_every_fifteen_minutes()
    {
        var (notified, state, actions) = Run(Enumerable.Range(0, 120).Select(i => new AlertFiring(Rule, AlertSeverity.Medium, 1, T0.AddMinutes(i))));
        Assert.Equal(IncidentAction.Open, actions[0]);
        Assert.All(actions.Skip(1), action => Assert.Equal(IncidentAction.Update, action));
        Assert.Equal(120, state!.Count);

        // Counts 1 (open), then ≥ 2 but 15 minutes later (16), then 32, 64.
        Assert.Equal([0, 15, 31, 63], notified.Select((n, i) => (n, i)).Where(x => x.n).Select(x => x.i));
    }

    [Fact]
    public void Rising_severity_notifies_and_a_firing_after_the_cooldown_opens_a_new_incident()
    {
        var (notified, _, actions) = Run([
            new AlertFiring(Series, AlertSeverity.Medium, 30, T0),
            new AlertFiring(Series, AlertSeverity.Medium, 35, T0.AddMinutes(20)),
            new AlertFiring(Series, AlertSeverity.High, 40, T0.AddMinutes(40)),
            new AlertFiring(Series, AlertSeverity.High, 40, T0.AddMinutes(69)),
            new AlertFiring(Series, AlertSeverity.Medium, 30, T0.AddMinutes(99)),
        ]);
        Assert.Equal([true, false, true, false, true], notified);
        Assert.Equal([IncidentAction.Open, IncidentAction.Update, IncidentAction.Update, IncidentAction.Update, IncidentAction.Open], actions);
        Assert.True(Policy.HasEnded(new OpenIncidentState(Rule, T0, T0, AlertSeverity.Low, 1, T0, AlertSeverity.Low, 1), T0.AddMinutes(60)));
        Assert.False(Policy.HasEnded(new OpenIncidentState(Rule, T0, T0, AlertSeverity.Low, 1, T0, AlertSeverity.Low, 1), T0.AddMinutes(59)));
    }

    [Fact]
    public void A_snoozed_incident_is_updated_silently_until_the_snooze_ends()
    {
        var open = new OpenIncidentState(Series, T0, T0, AlertSeverity.Medium, 10, T0, AlertSeverity.Medium, 10) { SnoozedUntil = T0.AddMinutes(45) };
        var (notified, state, _) = Run([
            new AlertFiring(Series, AlertSeverity.Critical, 100, T0.AddMinutes(20)),
            new AlertFiring(Series, AlertSeverity.Critical, 110, T0.AddMinutes(40)),
            new AlertFiring(Series, AlertSeverity.Critical, 120, T0.AddMinutes(50)),
        ], open);
        Assert.Equal([false, false, true], notified);
        Assert.Equal(120, state!.Count);
    }

    [Fact]
    public void Late_and_foreign_firings_are_ignored()
    {
        var open = new OpenIncidentState(Series, T0, T0.AddMinutes(10), AlertSeverity.Medium, 10, T0, AlertSeverity.Medium, 10);
        Assert.Equal(IncidentAction.Ignore, Policy.Decide(open, new AlertFiring(Series, AlertSeverity.High, 50, T0.AddMinutes(5)), T0.AddMinutes(11)).Action);
        Assert.Equal(IncidentAction.Ignore, Policy.Decide(open, new AlertFiring(Rule, AlertSeverity.High, 50, T0.AddMinutes(11)), T0.AddMinutes(11)).Action);
    }
}
