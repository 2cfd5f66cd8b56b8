using System.Globalization;

namespace Pantau.Core.Alerts;

/// <summary>What one incident is about: a rule, a volume series or a story, within a workspace. Firings with equal keys belong together.</summary>
public readonly record struct AlertIncidentKey(Guid WorkspaceId, AlertKind Kind, string Subject)
{
    public static AlertIncidentKey ForRule(Guid workspaceId, Guid ruleId) =>
        new(workspaceId, AlertKind.Rule, ruleId.ToString("D", CultureInfo.InvariantCulture));

    /// <summary><paramref name="seriesId"/> is the caller's name for the series, such as "topic-id/negative".</summary>
    public static AlertIncidentKey ForSeries(Guid workspaceId, string seriesId) => new(workspaceId, AlertKind.Spike, seriesId);

    public static AlertIncidentKey ForStory(Guid workspaceId, long storyId) =>
        new(workspaceId, AlertKind.Story, storyId.ToString(CultureInfo.InvariantCulture));
}
