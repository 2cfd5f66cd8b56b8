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
        var concern = !Rule.RequireConcern || activity.Risky
            || activity.NegativeCopies > Rule.MinNegativeShare * activity.TotalCopies;
        var copied = activity.OriginalContentWords >= Rule.MinContentWordsForText
            || activity.CopiesJoinedByLink * 2 >= activity.TotalCopies - 1;
        if (concern && copied
            && activity.TotalCopies >= Rule.MinCopies
            && activity.DistinctAuthors >= Rule.MinDistinctAuthors
            && activity.CopiesInWindow >= Rule.MinCopiesInWindow
            && growth >= Rule.GrowthFactor
            && PoissonTail.LogUpperTail(activity.CopiesInWindow, ExpectedInWindow(activity)) <= Math.Log(Rule.MaxGrowthTail))
        {
            reason |= StorySpreadReason.FastGrowth;
        }

        if (concern
            && activity.MaxCarrierReach >= Rule.InfluencerReach
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

    /// <summary>
    /// The copies a window would hold if nothing had changed: the window before, the story's own rate before this window
    /// (a story trickling along for hours has a rate of its own), and at least one.
    /// </summary>
    private double ExpectedInWindow(StoryActivity activity)
    {
        var earlier = activity.TotalCopies - activity.CopiesInWindow;
        var ageBefore = activity.LastSeen - Rule.Window - activity.FirstSeen;
        var lifetimeRate = ageBefore > TimeSpan.Zero ? earlier / Math.Max(1, ageBefore / Rule.Window) : 0;
        return Math.Max(1, Math.Max(activity.CopiesInPreviousWindow, lifetimeRate));
    }
}
