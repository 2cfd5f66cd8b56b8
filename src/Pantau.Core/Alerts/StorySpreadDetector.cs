namespace Pantau.Core.Alerts;

/// <summary>Reads a story's activity against a <see cref="StorySpreadRule"/>. Pure; call it whenever a copy joins the story.</summary>
public sealed class StorySpreadDetector(StorySpreadRule? rule = null)
{
    public StorySpreadRule Rule { get; } = rule ?? new StorySpreadRule();

    public StorySpreadReading Evaluate(StoryActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var growth = activity.CopiesInPreviousWindow == 0
            ? (activity.CopiesInWindow > 0 ? double.PositiveInfinity : 0)
            : (double)activity.CopiesInWindow / activity.CopiesInPreviousWindow;
        var reason = StorySpreadReason.None;
        if (activity.TotalCopies >= Rule.MinCopies
            && activity.DistinctAuthors >= Rule.MinDistinctAuthors
            && activity.CopiesInWindow >= Rule.MinCopiesInWindow
            && growth >= Rule.GrowthFactor)
        {
            reason |= StorySpreadReason.FastGrowth;
        }

        if (activity.MaxAuthorReach >= Rule.InfluencerReach
            && activity.TotalCopies >= Rule.MinCopiesWithInfluencer
            && activity.DistinctAuthors >= Rule.MinAuthorsWithInfluencer)
        {
            reason |= StorySpreadReason.Influencer;
        }

        var severity = reason == StorySpreadReason.None ? AlertSeverity.Low
            : activity.TotalCopies >= Rule.CriticalCopies || (activity.TotalCopies >= Rule.HighCopies && activity.MaxAuthorReach >= Rule.HighReach)
                ? AlertSeverity.Critical
            : activity.TotalCopies >= Rule.HighCopies || activity.MaxAuthorReach >= Rule.HighReach ? AlertSeverity.High
            : AlertSeverity.Medium;
        return new StorySpreadReading(activity.StoryId, reason != StorySpreadReason.None, reason, severity, growth);
    }
}
