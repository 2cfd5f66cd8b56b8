namespace Pantau.Server.Alerts.Delivery;

/// <summary>An alert with every stranger's field cleaned and bounded, and the words of its language: what renderers escape and lay out.</summary>
internal sealed class NoticeView
{
    public NoticeView(AlertNotice notice, int maxMentions)
    {
        ArgumentNullException.ThrowIfNull(notice);
        Notice = notice;
        Words = NoticeWords.For(notice.Language);
        Title = NoticeText.Line(notice.Title, NoticeText.TitleLength);
        Summary = NoticeText.Block(notice.Summary, NoticeText.SummaryLength);
        Workspace = NoticeText.Line(notice.WorkspaceName, NoticeText.NameLength);
        Severity = Words.Severity(notice.Severity);
        Event = Words.Event(notice);
        Kind = Words.Kind(notice.Kind);
        FiredAt = NoticeText.Time(notice.FiredAt, NoticeText.Zone(notice.TimeZoneId), Words.Culture);
        Link = NoticeText.SafeUrl(notice.Link);
        Mentions = [.. (notice.TopMentions ?? []).Take(Math.Max(0, maxMentions)).Select(m => new MentionView(m, Words))];
    }

    public AlertNotice Notice { get; }

    public NoticeWords Words { get; }

    public string Title { get; }

    public string Summary { get; }

    public string Workspace { get; }

    public string Severity { get; }

    public string Event { get; }

    public string Kind { get; }

    public string FiredAt { get; }

    /// <summary>The alert in Pantau, or null without a public address (or a link that is not absolute http(s)).</summary>
    public string? Link { get; }

    public IReadOnlyList<MentionView> Mentions { get; }

    /// <summary>"[Pantau] High: …" with "Escalated"/"Updated" said first; one line.</summary>
    public string Subject => "[Pantau] " + (Notice.IsEscalation || Notice.IsUpdate ? Event + " · " : "") + Severity + ": " + Title;

    /// <summary>"Workspace · Volume spike · 5 Mar 2026 14:05 WIB".</summary>
    public string Context => Workspace + " · " + Kind + " · " + FiredAt;
}
