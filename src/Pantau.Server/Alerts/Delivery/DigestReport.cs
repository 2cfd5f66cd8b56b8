namespace Pantau.Server.Alerts.Delivery;

/// <summary>
/// What a daily or weekly digest tells a workspace. Period bounds are instants; they are shown in <see cref="TimeZoneId"/>
/// (Asia/Jakarta unless set). <see cref="ChangePercent"/> is against the previous period of the same length (null: it had
/// no mentions). <see cref="Care"/> is null when the workspace does not use care. Names and titles may come from
/// strangers: <see cref="DigestMail"/> escapes them.
/// </summary>
public sealed record DigestReport(
    string WorkspaceName,
    string Language,
    DigestPeriodKind PeriodKind,
    DateTimeOffset PeriodStart,
    DateTimeOffset PeriodEnd,
    long TotalMentions,
    double? ChangePercent,
    DigestSentiment Sentiment,
    IReadOnlyList<DigestTopic> Topics,
    IReadOnlyList<DigestStory> TopStories,
    IReadOnlyList<DigestRisk> OpenRisks,
    DigestCare? Care,
    Uri? DashboardLink)
{
    public string TimeZoneId { get; init; } = NoticeText.DefaultTimeZoneId;
}
