using Pantau.Server.Alerts.Dispatch;

namespace Pantau.Server.Alerts.Settings;

/// <summary>A workspace's alert settings as the API shows them (the defaults when never saved).</summary>
public sealed record AlertSettingsDto(
    string SpikeSensitivity,
    bool SpikesEnabled,
    bool StoriesEnabled,
    long StoryReachThreshold,
    IReadOnlyList<EscalationStepJson> Escalation,
    bool DailyDigest,
    bool WeeklyDigest,
    IReadOnlyList<string> DigestRecipients,
    string Language,
    DateTimeOffset? DailyDigestSentFor,
    DateTimeOffset? WeeklyDigestSentFor);

/// <summary>Changes to the alert settings: a missing field is left as it is.</summary>
public sealed record AlertSettingsInput(
    string? SpikeSensitivity,
    bool? SpikesEnabled,
    bool? StoriesEnabled,
    long? StoryReachThreshold,
    IReadOnlyList<EscalationStepJson>? Escalation,
    bool? DailyDigest,
    bool? WeeklyDigest,
    IReadOnlyList<string>? DigestRecipients,
    string? Language);
